%%% Shared by mod_archive_import and its storage backends.

-define(NS_ARCHIVE_IMPORT, <<"urn:trasloco:archive-import:0">>).
-define(NS_ARCHIVE_IMPORT_LIMITS, <<"urn:trasloco:archive-import:0#limits">>).
-define(NS_ARCHIVE_IMPORT_READDRESS, <<"urn:trasloco:archive-import:0#readdress">>).
-define(NS_ARCHIVE_IMPORT_REPLACE, <<"urn:trasloco:archive-import:0#replace">>).
-define(NS_ARCHIVE_IMPORT_DIGEST, <<"urn:trasloco:archive-import:0#digest">>).

%% What the items of one request share while they are checked.
-record(request, {user :: {binary(), binary()},     % the archive: a user's, or a room's {Room, MucHost}
                  room :: undefined | {jid:jid(), term()},   % a room's bare JID and mod_muc_room's state
                  now :: integer(),               % seconds since the epoch
                  marker :: fxml:xmlel(),         % <imported at='…'/>, added to each stored message
                  max_item_size :: pos_integer()}).

%% One checked message of a request.
-record(item, {key :: binary(),                   % the origin-id (or message id)
               seconds :: integer(),              % the original time, seconds since the epoch
               peer :: jid:jid(),                 % the other party, bare; in a room the author's
                                                  % real address, or Room/Nick when it has none
               nick = <<"">> :: binary(),         % in a room, the author's nickname
               direction :: send | recv,
               message :: fxml:xmlel()}).         % what is stored, marker included

%% A request's distinct items, in request order, and its attributes.
-record(batch, {items :: [#item{}],
                after_key :: binary(),            % <<>> when the request names none
                accept_live :: boolean()}).

%% The import index (mnesia backend): which archive id each imported key got.
-record(archive_import, {key :: {binary(), binary(), binary()},   % {LUser, LServer, Key}
                         timestamp :: integer()}).                 % the archive id, microseconds
