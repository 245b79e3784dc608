%%% mod_archive_import: lets a signed-in user add old conversations to their own message archive
%%% (XEP-0313), each message with its original date and correspondent, and the owner of a group chat
%%% of mod_muc add a group's history to the room's archive (protocol section 10).
%%%
%%% Protocol: docs/protocol/archive-import.md (namespace urn:trasloco:archive-import:0), with the
%%% section on servers that order their archive by time, which ejabberd does.
%%% Operator notes: server/ejabberd/README.md. For ejabberd 23.01 (Debian 12), mod_mam with its
%%% mnesia or SQL backend: the messages are written through that backend's own store function,
%%% so mod_mam returns them like any other archived message.
%%%
%%% Copyright the Trasloco authors. GPL-2.0-or-later, like ejabberd.

-module(mod_archive_import).
-behaviour(gen_mod).
-behaviour(gen_server).

%% gen_mod
-export([start/2, stop/1, reload/3, depends/2, mod_options/1, mod_opt_type/1, mod_doc/0]).
%% IQ handler and hooks
-export([decode_iq_subel/1, process_iq/1, disco_sm_features/5, disco_local_features/5, disco_info/5,
         remove_user/2, strip_marker/1, muc_process_iq/2, muc_disco_result/1]).
%% gen_server: owns the table of rate buckets
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2, code_change/3]).


-include("xmpp.hrl").
-include("logger.hrl").
-include("mod_muc_room.hrl").
-include("mod_archive_import.hrl").

%% What a storage backend offers (mod_archive_import_mnesia, mod_archive_import_sql). All but
%% init/1 and remove_user/2 run inside the backend's transaction/2.
-callback init(binary()) -> ok | {error, term()}.
-callback transaction(binary(), fun(() -> T)) -> {atomic, T} | {aborted, term()}.
-callback known_keys(binary(), binary(), [binary()]) -> #{binary() => integer()}.
-callback present_ids(binary(), binary(), [integer()]) -> [integer()].
-callback forget_keys(binary(), binary(), [binary()]) -> ok.
-callback newest_live(binary(), binary(), integer()) -> none | integer().
-callback archive_ids(binary(), binary(), integer(), integer()) -> [integer()].
-callback write(binary(), binary(), [{integer(), #item{}}]) -> ok.
%% Changing imported items (protocol section 9): the stored message of each archive id (with what
%% the backend needs to replace it), and the replacement under the same id.
%% Each with its peer, as text (in a room: the author's real address, or Room/Nick).
-callback stored_messages(binary(), binary(), [integer()]) -> #{integer() => {fxml:xmlel(), term(), binary()}}.
-callback replace_message(binary(), binary(), integer(), term(), fxml:xmlel(), jid:jid()) -> ok.
-callback remove_user(binary(), binary()) -> any().
%% The digest (protocol 10.4): the imported items still in the archive from an archive id on, each
%% as {Key, Id, StoredMessage, Peer}.
-callback imported_items(binary(), binary(), integer()) -> [{binary(), integer(), fxml:xmlel(), binary()}].

-define(FUTURE_TOLERANCE, 300).   % seconds a client's clock may be ahead
-define(MAX_KEY_SIZE, 128).
-define(USEC, 1000000).
-define(SHAPED_SECONDS, 5).       % the longest a request should take to arrive through a shaper
-define(BYTES_PER_ITEM, 500).     % about what one message of a request weighs

%%%===================================================================
%%% gen_mod
%%%===================================================================

start(Host, Opts) ->
    case backend(Host) of
        {ok, Backend} ->
            case Backend:init(Host) of
                ok ->
                    gen_iq_handler:add_iq_handler(ejabberd_sm, Host, ?NS_ARCHIVE_IMPORT, ?MODULE, process_iq),
                    ejabberd_hooks:add(disco_sm_features, Host, ?MODULE, disco_sm_features, 50),
                    ejabberd_hooks:add(disco_local_features, Host, ?MODULE, disco_local_features, 50),
                    ejabberd_hooks:add(disco_info, Host, ?MODULE, disco_info, 50),
                    ejabberd_hooks:add(remove_user, Host, ?MODULE, remove_user, 50),
                    %% Before mod_mam archives them (sm_receive_packet 50, user_send_packet 88).
                    ejabberd_hooks:add(sm_receive_packet, Host, ?MODULE, strip_marker, 40),
                    ejabberd_hooks:add(user_send_packet, Host, ?MODULE, strip_marker, 40),
                    %% Group chats (protocol section 10): requests to rooms of mod_muc, and the
                    %% features of its service and rooms in the disco#info results users receive.
                    ejabberd_hooks:add(muc_process_iq, Host, ?MODULE, muc_process_iq, 40),
                    ejabberd_hooks:add(user_receive_packet, Host, ?MODULE, muc_disco_result, 50),
                    log_ready(Host, Backend),
                    gen_mod:start_child(?MODULE, Host, Opts);
                {error, Why} ->
                    ?CRITICAL_MSG("mod_archive_import cannot start on ~ts: ~p", [Host, Why]),
                    {error, Why}
            end;
        {error, Why} ->
            ?CRITICAL_MSG("mod_archive_import cannot start on ~ts: ~ts", [Host, Why]),
            {error, Why}
    end.

stop(Host) ->
    gen_iq_handler:remove_iq_handler(ejabberd_sm, Host, ?NS_ARCHIVE_IMPORT),
    ejabberd_hooks:delete(disco_sm_features, Host, ?MODULE, disco_sm_features, 50),
    ejabberd_hooks:delete(disco_local_features, Host, ?MODULE, disco_local_features, 50),
    ejabberd_hooks:delete(disco_info, Host, ?MODULE, disco_info, 50),
    ejabberd_hooks:delete(remove_user, Host, ?MODULE, remove_user, 50),
    ejabberd_hooks:delete(sm_receive_packet, Host, ?MODULE, strip_marker, 40),
    ejabberd_hooks:delete(user_send_packet, Host, ?MODULE, strip_marker, 40),
    ejabberd_hooks:delete(muc_process_iq, Host, ?MODULE, muc_process_iq, 40),
    ejabberd_hooks:delete(user_receive_packet, Host, ?MODULE, muc_disco_result, 50),
    gen_mod:stop_child(?MODULE, Host).

%% Options are read on every request; the rate buckets start afresh with the new rate.
reload(Host, _NewOpts, _OldOpts) ->
    ets:delete_all_objects(bucket_table(Host)),
    ok.

%% Without mod_mam nobody could read what this module writes, and its backend is ours.
depends(_Host, _Opts) ->
    [{mod_mam, hard}].

mod_options(_Host) ->
    [{max_items, 250},
     {max_readdress_items, 2000},
     {max_item_size, 16384},
     {max_request_size, auto},
     {rate, 1000},
     {burst, auto},
     {retention, infinity}].

mod_opt_type(max_items) -> econf:pos_int();
mod_opt_type(max_readdress_items) -> econf:pos_int();
mod_opt_type(max_item_size) -> econf:pos_int();
mod_opt_type(max_request_size) -> econf:either(auto, econf:pos_int());
mod_opt_type(rate) -> econf:non_neg_int();
mod_opt_type(burst) -> econf:either(auto, econf:pos_int());
mod_opt_type(retention) -> econf:timeout(second, infinity).

mod_doc() ->
    #{desc =>
          [<<"Lets each signed-in user add conversations from the past to their own "
             "message archive (Trasloco's archive-import protocol, "
             "urn:trasloco:archive-import:0), with original dates and correspondents, "
             "through mod_mam's own storage, and the owner of a room of mod_muc add a "
             "group's history to the room's archive. See server/ejabberd/README.md.">>]}.

%%%===================================================================
%%% Discovery: the feature and the limits form, on each account and on the server
%%%===================================================================

disco_sm_features(empty, From, To, Node, Lang) ->
    disco_sm_features({result, []}, From, To, Node, Lang);
disco_sm_features({result, Features}, #jid{luser = U, lserver = S}, #jid{luser = U, lserver = S}, <<"">>, _Lang) ->
    {result, [?NS_ARCHIVE_IMPORT, ?NS_ARCHIVE_IMPORT_READDRESS, ?NS_ARCHIVE_IMPORT_REPLACE | Features]};
disco_sm_features(Acc, _From, _To, _Node, _Lang) ->
    Acc.

disco_local_features(empty, From, To, Node, Lang) ->
    disco_local_features({result, []}, From, To, Node, Lang);
disco_local_features({result, Features}, _From, _To, <<"">>, _Lang) ->
    {result, [?NS_ARCHIVE_IMPORT, ?NS_ARCHIVE_IMPORT_READDRESS, ?NS_ARCHIVE_IMPORT_REPLACE | Features]};
disco_local_features(Acc, _From, _To, _Node, _Lang) ->
    Acc.

%% The hook runs for a user's account (From and To are JIDs) and for services (a host and the
%% module answering): the form goes on one's own account and on the server itself (mod_disco),
%% not on other services such as group chats.
disco_info(Acc, #jid{luser = U, lserver = S} = From, #jid{luser = U, lserver = S}, <<"">>, _Lang) when U /= <<"">> ->
    [limits_form(S, user_shaper(From)) | Acc];
disco_info(Acc, Host, mod_disco, <<"">>, _Lang) when is_binary(Host) ->
    [limits_form(Host, none) | Acc];
disco_info(Acc, _From, _To, _Node, _Lang) ->
    Acc.

%% The limits, as they hold for a connection whose incoming traffic the shaper holds to
%% {BytesPerSecond, Burst} (or none): a request must arrive well within a client's patience, and
%% the rate says how many messages a second the connection really carries, so that a client
%% paces itself instead of waiting for answers the shaper holds back.
limits_form(Host, Shaper) ->
    {MaxRequest, Rate} = shaped(Host, Shaper),
    Fields = [{<<"max-items">>, integer_to_binary(opt(Host, max_items))},
              {<<"max-item-size">>, integer_to_binary(opt(Host, max_item_size))},
              {<<"max-request-size">>, integer_to_binary(MaxRequest)},
              {<<"rate">>, integer_to_binary(Rate)},
              {<<"archive-retention">>, retention_text(Host)},
              {<<"max-readdress-items">>, integer_to_binary(opt(Host, max_readdress_items))}],
    #xdata{type = result,
           fields = [#xdata_field{var = <<"FORM_TYPE">>, type = hidden, values = [?NS_ARCHIVE_IMPORT_LIMITS]}
                     | [#xdata_field{var = Var, type = 'text-single', values = [Value]} || {Var, Value} <- Fields]]}.

shaped(Host, none) ->
    {max_request_size(Host), opt(Host, rate)};
shaped(Host, {BytesPerSecond, Burst}) ->
    MaxRequest = min(max_request_size(Host), max(Burst + ?SHAPED_SECONDS * BytesPerSecond,
                                                 opt(Host, max_item_size) + 4096)),
    Carried = max(1, BytesPerSecond div ?BYTES_PER_ITEM),
    Rate = case opt(Host, rate) of
               0 -> Carried;
               Limit -> min(Limit, Carried)
           end,
    {MaxRequest, Rate}.

%% The c2s shaper of a user's connection: the strictest that ejabberd's client listeners apply to
%% them (their 'shaper' option names a rule of shaper_rules, such as Debian's c2s_shaper).
user_shaper(#jid{luser = U, lserver = S, lresource = R}) ->
    Match = case ejabberd_sm:get_user_ip(U, S, R) of
                {IP, _Port} -> #{usr => {U, S, R}, ip => IP};
                _ -> #{usr => {U, S, R}}
            end,
    Rates = [shaper_rate(ejabberd_shaper:match(S, maps:get(shaper, Opts, none), Match))
             || {_Endpoint, ejabberd_c2s, Opts} <- ejabberd_option:listen(), is_map(Opts)],
    case lists:sort([Rate || Rate <- Rates, Rate /= none]) of
        [] -> none;
        [Strictest | _] -> Strictest
    end.

shaper_rate({Rate, Burst}) when is_integer(Rate), Rate > 0 -> {Rate, Burst};
shaper_rate(Rate) when is_integer(Rate), Rate > 0 -> {Rate, Rate};
shaper_rate(_) -> none.

%% mod_mam keeps messages until the operator deletes them (ejabberdctl delete_old_mam_messages,
%% usually from cron); the module announces what the operator says that is.
retention_text(Host) ->
    case opt(Host, retention) of
        infinity -> <<"never">>;
        Millis -> integer_to_binary(Millis div 1000)
    end.

%% The largest import request a client should send: ejabberd closes streams whose stanzas are
%% larger than their listener's max_stanza_size.
max_request_size(Host) ->
    case opt(Host, max_request_size) of
        auto -> max(smallest_stanza_limit() - 4096, 4096);
        Size -> Size
    end.

smallest_stanza_limit() ->
    Limits = [maps:get(max_stanza_size, Opts, infinity)
              || {_Endpoint, ejabberd_c2s, Opts} <- ejabberd_option:listen(), is_map(Opts)],
    case [Limit || Limit <- Limits, is_integer(Limit)] of
        [] -> 262144;
        Finite -> lists:min(Finite)
    end.

%%%===================================================================
%%% The import request
%%%===================================================================

%% gen_iq_handler would decode the request with the xmpp codec, which does not know it.
decode_iq_subel(El) ->
    El.

process_iq(#iq{type = get, lang = Lang} = IQ) ->
    xmpp:make_error(IQ, xmpp:err_bad_request(<<"Send imports as IQs of type set">>, Lang));
process_iq(#iq{type = set} = IQ) ->
    guarded(IQ, fun() -> handle(IQ) end).

%% Every request gets an answer, even when something unforeseen fails: a client waiting for one
%% would otherwise time out and send the same request again and again.
guarded(IQ, Handle) ->
    try Handle()
    catch Class:Reason:Stack ->
            ?ERROR_MSG("Archive import failed: ~ts",
                       [misc:format_exception(2, Class, Reason, Stack)]),
            refuse(IQ, cancel, 'internal-server-error',
                   <<"The import failed because of an error in the server; its administrator can see it in the log">>)
    end.

handle(#iq{from = #jid{luser = U, lserver = S}, to = #jid{luser = U, lserver = S},
            sub_els = [#xmlel{name = <<"import">>}]} = IQ) when U /= <<"">> ->
    import(IQ);
handle(#iq{from = #jid{luser = U, lserver = S}, to = #jid{luser = U, lserver = S},
            sub_els = [#xmlel{name = <<"readdress">>}]} = IQ) when U /= <<"">> ->
    readdress(IQ);
handle(#iq{from = #jid{luser = U, lserver = S}, to = #jid{luser = U, lserver = S},
            sub_els = [#xmlel{name = <<"replace">>}]} = IQ) when U /= <<"">> ->
    replace(IQ);
handle(#iq{from = #jid{luser = U, lserver = S}, to = #jid{luser = U, lserver = S}} = IQ) when U /= <<"">> ->
    refuse(IQ, modify, 'bad-request', <<"Send an <import/> element">>);
handle(#iq{from = #jid{luser = U, lserver = S}, to = #jid{lserver = S}} = IQ) when U /= <<"">> ->
    refuse(IQ, cancel, forbidden, <<"You can import only into your own archive">>);
handle(IQ) ->
    refuse(IQ, auth, forbidden, <<"Sign in to import into your archive">>).

import(#iq{from = #jid{luser = U, lserver = S}} = IQ) ->
    import(IQ, {U, S}, undefined, S, U).

%% An import into the archive {U, S} (a user's, or a room's with Room = {RoomJID, MUCState}) of
%% the server host Host, counted against the requesting user's RateKey.
import(#iq{sub_els = [Request]} = IQ, {U, S} = Archive, Room, Host, RateKey) ->
    Now = erlang:system_time(second),
    Request1 = #request{user = Archive, room = Room, now = Now, marker = marker(Now),
                        max_item_size = opt(Host, max_item_size)},
    AcceptLive = lists:member(fxml:get_tag_attr_s(<<"accept-live">>, Request), [<<"true">>, <<"1">>]),
    After = fxml:get_tag_attr_s(<<"after">>, Request),
    Forwarded = [El || #xmlel{name = <<"forwarded">>} = El <- Request#xmlel.children,
                       fxml:get_tag_attr_s(<<"xmlns">>, El) == ?NS_FORWARD],
    MaxItems = opt(Host, max_items),
    case read_items(Forwarded, 1, MaxItems, Request1, [], #{}) of
        {error, {Type, Condition, Text, App}} ->
            ?DEBUG("Refusing import by ~ts@~ts: ~ts", [U, S, Text]),
            refuse(IQ, Type, Condition, Text, App);
        {ok, []} ->
            refuse(IQ, modify, 'bad-request', <<"No <forwarded/> messages in the request">>, app(<<"invalid-item">>, []));
        {ok, Items} ->
            case take_tokens(RateKey, Host, length(Items)) of
                ok -> store(IQ, Archive, Host, Items, After, AcceptLive);
                {wait, Seconds} ->
                    Wait = integer_to_binary(Seconds),
                    refuse(IQ, wait, 'resource-constraint',
                           <<"Too many messages at once; try again in ", Wait/binary, " seconds">>,
                           app(<<"rate-limited">>, [{<<"retry-after">>, Wait}]))
            end
    end.

store(IQ, {U, S}, Host, Items, After, AcceptLive) ->
    {ok, Backend} = backend(Host),
    case import_batch(Backend, U, S, #batch{items = Items, after_key = After, accept_live = AcceptLive}) of
        {ok, Existing} ->
            reply(IQ, {U, S}, Items, Existing, Backend);
        {error, {out_of_order, _}} ->
            refuse(IQ, cancel, 'unexpected-request',
                   <<"The previous request's messages are not in your archive; send them first">>,
                   app(<<"out-of-order">>, [{<<"after">>, After}]));
        {error, {live_messages, Id}} ->
            Since = xmpp_util:encode_timestamp(misc:usec_to_now(Id - Id rem ?USEC)),
            refuse(IQ, cancel, conflict,
                   <<"The archive already holds live messages since ", Since/binary,
                     "; apps that already loaded them would not show the imported ones between them. "
                     "Send accept-live='true' to import anyway.">>,
                   app(<<"live-messages">>, [{<<"since">>, Since}]));
        {error, storage_full} ->
            refuse(IQ, cancel, 'resource-constraint',
                   <<"The server's archive storage is full; its administrator must make room first">>);
        {error, Why} ->
            ?ERROR_MSG("Could not import into the archive of ~ts@~ts: ~p", [U, S, Why]),
            refuse(IQ, wait, 'internal-server-error', <<"The archive could not be written; try again later">>)
    end.

reply(IQ, {U, S}, Items, Existing, Backend) ->
    Statuses = [{Key, case maps:is_key(Key, Existing) of true -> <<"existing">>; false -> <<"added">> end}
                || #item{key = Key} <- Items],
    Added = length([added || {_, <<"added">>} <- Statuses]),
    ?DEBUG("~ts@~ts imported ~B messages (~B already there) through ~ts",
           [U, S, Added, length(Items) - Added, Backend]),
    Result = #xmlel{name = <<"imported">>,
                    attrs = [{<<"xmlns">>, ?NS_ARCHIVE_IMPORT},
                             {<<"added">>, integer_to_binary(Added)},
                             {<<"existing">>, integer_to_binary(length(Items) - Added)}],
                    children = [#xmlel{name = <<"item">>, attrs = [{<<"id">>, Key}, {<<"status">>, Status}]}
                                || {Key, Status} <- Statuses]},
    xmpp:make_iq_result(IQ, Result).

%% Reads the <forwarded/> elements in order; items with a key seen before in the request count once.
read_items([], _Index, _Max, _Request, Items, _Seen) ->
    {ok, lists:reverse(Items)};
read_items(_Forwarded, Index, Max, _Request, _Items, _Seen) when Index > Max ->
    MaxText = integer_to_binary(Max),
    {error, {modify, 'policy-violation', <<"At most ", MaxText/binary, " messages per request">>,
             app(<<"too-many-items">>, [{<<"max">>, MaxText}])}};
read_items([Forwarded | Rest], Index, Max, Request, Items, Seen) ->
    case read_item(Forwarded, Index, Request) of
        {ok, #item{key = Key} = Item} ->
            case maps:is_key(Key, Seen) of
                true -> read_items(Rest, Index + 1, Max, Request, Items, Seen);
                false -> read_items(Rest, Index + 1, Max, Request, [Item | Items], Seen#{Key => true})
            end;
        {error, _} = Error ->
            Error
    end.

%% Checks one <forwarded/>: the item, or the error that refuses its whole request.
read_item(Forwarded, Index, Request) ->
    Where0 = <<"item ", (integer_to_binary(Index))/binary>>,
    case fxml:get_subtag_with_xmlns(Forwarded, <<"message">>, ?NS_CLIENT) of
        false ->
            invalid(Where0, <<"no <message xmlns='jabber:client'/>">>, undefined);
        Message ->
            Key = item_key(Message),
            case valid_key(Key) of
                false ->
                    invalid(Where0, <<"needs an id (origin-id or message id) of letters, digits and -._:">>, undefined);
                true ->
                    Where = <<Where0/binary, " (", Key/binary, ")">>,
                    check_item(Forwarded, Message, Key, Where, Request)
            end
    end.

check_item(Forwarded, Message, Key, Where,
           #request{user = User, room = Room, now = Now, marker = Marker, max_item_size = MaxSize}) ->
    Steps = case Room of
                undefined ->
                    [fun() -> item_time(Forwarded, Now) end,
                     fun() -> item_correspondent(Message, User) end,
                     fun() -> item_type(Message) end,
                     fun() -> item_body(Message) end];
                _ ->
                    [fun() -> item_time(Forwarded, Now) end,
                     fun() -> room_item_type(Message) end,
                     fun() -> room_author(Message, Room) end,
                     fun() -> item_body(Message) end]
            end,
    case run_checks(Steps, []) of
        {error, {invalid, Text}} ->
            invalid(Where, Text, Key);
        {error, {Type, Condition, Text, App}} ->
            {error, {Type, Condition, <<Where/binary, ": ", Text/binary>>, app(App, [{<<"id">>, Key}])}};
        {ok, Checked} ->
            {Seconds, Peer, Nick, Direction, Stored} =
                case Checked of
                    [Second, {Peer1, Direction1}, _, _] -> {Second, Peer1, <<"">>, Direction1, strip_claims(Message)};
                    [Second, _, {Peer1, Nick1, Message1}, _] -> {Second, Peer1, Nick1, recv, strip_claims(Message1)}
                end,
            Size = byte_size(fxml:element_to_binary(Stored)),
            if Size > MaxSize ->
                    {error, {modify, 'policy-violation',
                             <<Where/binary, ": ", (integer_to_binary(Size))/binary, " bytes, more than ",
                               (integer_to_binary(MaxSize))/binary>>,
                             app(<<"item-too-large">>, [{<<"id">>, Key}])}};
               true ->
                    {ok, #item{key = Key, seconds = Seconds, peer = Peer, nick = Nick, direction = Direction,
                               message = Stored#xmlel{children = Stored#xmlel.children ++ [Marker]}}}
            end
    end.

run_checks([], Results) ->
    {ok, lists:reverse(Results)};
run_checks([Check | Rest], Results) ->
    case Check() of
        {ok, Result} -> run_checks(Rest, [Result | Results]);
        {error, _} = Error -> Error
    end.

invalid(Where, Text, Key) ->
    Attrs = case Key of undefined -> []; _ -> [{<<"id">>, Key}] end,
    {error, {modify, 'bad-request', <<Where/binary, ": ", Text/binary>>, app(<<"invalid-item">>, Attrs)}}.

item_key(Message) ->
    case fxml:get_subtag_with_xmlns(Message, <<"origin-id">>, ?NS_SID_0) of
        false -> fxml:get_tag_attr_s(<<"id">>, Message);
        OriginId -> fxml:get_tag_attr_s(<<"id">>, OriginId)
    end.

valid_key(Key) when byte_size(Key) >= 1, byte_size(Key) =< ?MAX_KEY_SIZE ->
    lists:all(fun(C) -> (C >= $a andalso C =< $z) orelse (C >= $A andalso C =< $Z) orelse (C >= $0 andalso C =< $9)
                            orelse C == $- orelse C == $. orelse C == $_ orelse C == $:
              end, binary_to_list(Key));
valid_key(_) ->
    false.

%% The original time, in whole seconds (archives of this protocol keep seconds).
item_time(Forwarded, Now) ->
    Stamp = case fxml:get_subtag_with_xmlns(Forwarded, <<"delay">>, ?NS_DELAY) of
                false -> <<>>;
                Delay -> fxml:get_tag_attr_s(<<"stamp">>, Delay)
            end,
    try xmpp_util:decode_timestamp(Stamp) of
        {Mega, Sec, _Micro} ->
            Seconds = Mega * ?USEC + Sec,
            if Seconds > Now + ?FUTURE_TOLERANCE -> {error, {invalid, <<"its date is in the future">>}};
               %% mod_mam's ids are times in microseconds since 1970, and no smaller than 0.
               Seconds < 0 -> {error, {invalid, <<"its date is before 1970">>}};
               true -> {ok, Seconds}
            end
    catch _:_ ->
            {error, {invalid, <<"needs <delay xmlns='urn:xmpp:delay' stamp='…'/>"/utf8>>}}
    end.

%% The other party (as a bare JID) and whether the user sent or received the message.
item_correspondent(Message, {U, S}) ->
    case {bare(fxml:get_tag_attr_s(<<"from">>, Message)), bare(fxml:get_tag_attr_s(<<"to">>, Message))} of
        {error, _} -> {error, {modify, 'jid-malformed', <<"needs a valid 'from' and 'to'">>, <<"invalid-item">>}};
        {_, error} -> {error, {modify, 'jid-malformed', <<"needs a valid 'from' and 'to'">>, <<"invalid-item">>}};
        {#jid{luser = U, lserver = S}, To} -> {ok, {To, send}};
        {From, #jid{luser = U, lserver = S}} -> {ok, {From, recv}};
        _ -> {error, {cancel, forbidden, <<"neither from nor to you; you can import only your own messages">>,
                      <<"foreign-message">>}}
    end.

bare(<<>>) ->
    error;
bare(Text) ->
    try jid:remove_resource(jid:decode(Text))
    catch _:_ -> error
    end.

item_type(Message) ->
    case fxml:get_tag_attr_s(<<"type">>, Message) of
        T when T == <<"chat">>; T == <<"normal">>; T == <<>> -> {ok, T};
        _ -> {error, {invalid, <<"only messages of type chat or normal">>}}
    end.

item_body(Message) ->
    case fxml:get_subtag_cdata(Message, <<"body">>) of
        <<>> -> {error, {invalid, <<"needs a <body/>">>}};
        Body -> {ok, Body}
    end.

%% What is stored: the message as sent, without ids or markers claimed by the client.
strip_claims(#xmlel{children = Children} = Message) ->
    Message#xmlel{children = [Child || Child <- Children, not claimed(Child)]}.

claimed(#xmlel{name = <<"stanza-id">>} = El) -> fxml:get_tag_attr_s(<<"xmlns">>, El) == ?NS_SID_0;
claimed(#xmlel{name = <<"imported">>} = El) -> fxml:get_tag_attr_s(<<"xmlns">>, El) == ?NS_ARCHIVE_IMPORT;
claimed(_) -> false.

marker(Now) ->
    At = xmpp_util:encode_timestamp(misc:usec_to_now(Now * ?USEC)),
    #xmlel{name = <<"imported">>, attrs = [{<<"xmlns">>, ?NS_ARCHIVE_IMPORT}, {<<"at">>, At}]}.

%%%===================================================================
%%% Storing a batch: all of it or nothing, in one transaction of the backend
%%%===================================================================

%% The import index says which keys were imported and under which archive id; an entry whose
%% archive item is gone (deleted by an operator or by expiry) is forgotten, so that the message
%% can be imported again and every key the result lists is in the archive.
import_batch(Backend, U, S, #batch{items = Items, after_key = After, accept_live = AcceptLive}) ->
    Keys = [Key || #item{key = Key} <- Items],
    Lookup = lists:usort(case After of <<>> -> Keys; _ -> [After | Keys] end),
    Transaction =
        fun() ->
                Known = Backend:known_keys(U, S, Lookup),
                Present = sets:from_list(Backend:present_ids(U, S, lists:usort(maps:values(Known)))),
                {Kept, Stale} = maps:fold(fun(Key, Id, {KeptAcc, StaleAcc}) ->
                                                  case sets:is_element(Id, Present) of
                                                      true -> {KeptAcc#{Key => Id}, StaleAcc};
                                                      false -> {KeptAcc, [Key | StaleAcc]}
                                                  end
                                          end, {#{}, []}, Known),
                ok = Backend:forget_keys(U, S, Stale),
                case After == <<>> orelse maps:is_key(After, Kept) of
                    false ->
                        {error, {out_of_order, After}};
                    true ->
                        Existing = maps:with(Keys, Kept),
                        New = [Item || #item{key = Key} = Item <- Items, not maps:is_key(Key, Existing)],
                        store_new(Backend, U, S, New, AcceptLive, Existing)
                end
        end,
    case Backend:transaction(S, Transaction) of
        {atomic, Result} -> Result;
        {aborted, storage_full} -> {error, storage_full};
        {aborted, Reason} -> {error, Reason}
    end.

store_new(_Backend, _U, _S, [], _AcceptLive, Existing) ->
    {ok, Existing};
%% The live-message rule (protocol 7.1, and section 16 for time-ordered archives). ejabberd's MAM
%% orders the archive by time, so imported items sit at their place among live ones and a fresh
%% reader sees them in order. But apps that already loaded live messages fetch only what is newer
%% than their newest and, scrolling back, older than their oldest: imported items between the two
%% would never reach them. So live (not imported) items at or after the oldest new item still
%% refuse the request unless the user accepts that; the index tells imported items from live ones.
store_new(Backend, U, S, New, AcceptLive, Existing) ->
    Seconds = [Second || #item{seconds = Second} <- New],
    Oldest = lists:min(Seconds),
    Live = case AcceptLive of
               true -> none;
               false -> Backend:newest_live(U, S, Oldest * ?USEC)
           end,
    case Live of
        none ->
            Taken = Backend:archive_ids(U, S, Oldest * ?USEC, (lists:max(Seconds) + 1) * ?USEC),
            ok = Backend:write(U, S, assign_ids(New, Taken)),
            {ok, Existing};
        Id ->
            {error, {live_messages, Id}}
    end.

%%%===================================================================
%%% Changing imported items (protocol section 9): re-addressing and replacing
%%%===================================================================

%% Moves the named imported items from one correspondent to another: an invited person's history
%% leaves the placeholder it was filed under for their real address.
readdress(#iq{from = #jid{luser = U, lserver = S}, sub_els = [Request]} = IQ) ->
    User = jid:tolower(jid:make(U, S)),
    case {bare_only(fxml:get_tag_attr_s(<<"from">>, Request)), bare_only(fxml:get_tag_attr_s(<<"to">>, Request))} of
        {error, _} ->
            refuse(IQ, modify, 'jid-malformed', <<"from and to must be bare addresses">>);
        {_, error} ->
            refuse(IQ, modify, 'jid-malformed', <<"from and to must be bare addresses">>);
        {Old, New} ->
            OldL = jid:tolower(Old),
            NewL = jid:tolower(New),
            if OldL == NewL; OldL == User; NewL == User ->
                    refuse(IQ, modify, 'bad-request',
                           <<"from and to must be two different correspondents, neither of them you">>,
                           app(<<"invalid-item">>, []));
               true ->
                    case readdress_keys(Request, opt(S, max_readdress_items)) of
                        {error, {Type, Condition, Text, App}} ->
                            refuse(IQ, Type, Condition, Text, App);
                        {ok, Keys} ->
                            Decide = fun(Key, Message, _Peer) -> readdressed(Key, Message, {U, S}, OldL, New) end,
                            limited_change(IQ, {U, S}, S, U, Keys, Decide, <<"readdressed">>,
                                           [<<"moved">>, <<"unchanged">>])
                    end
            end
    end.

%% The keys a re-addressing request names, each once, in request order.
readdress_keys(Request, Max) ->
    Items = [El || #xmlel{name = <<"item">>} = El <- Request#xmlel.children,
                   lists:member(fxml:get_tag_attr_s(<<"xmlns">>, El), [<<>>, ?NS_ARCHIVE_IMPORT])],
    readdress_keys(Items, Max, [], #{}).

readdress_keys([], _Max, [], _Seen) ->
    {error, {modify, 'bad-request', <<"No <item/> in the request">>, app(<<"invalid-item">>, [])}};
readdress_keys([], _Max, Keys, _Seen) ->
    {ok, lists:reverse(Keys)};
readdress_keys([Item | Rest], Max, Keys, Seen) ->
    Key = fxml:get_tag_attr_s(<<"id">>, Item),
    case valid_key(Key) of
        false ->
            {error, {modify, 'bad-request', <<"each <item/> needs the id of a message">>, app(<<"invalid-item">>, [])}};
        true when is_map_key(Key, Seen) ->
            readdress_keys(Rest, Max, Keys, Seen);
        true when length(Keys) >= Max ->
            MaxText = integer_to_binary(Max),
            {error, {modify, 'policy-violation', <<"At most ", MaxText/binary, " messages per request">>,
                     app(<<"too-many-items">>, [{<<"max">>, MaxText}])}};
        true ->
            readdress_keys(Rest, Max, [Key | Keys], Seen#{Key => true})
    end.

%% The decision for one stored item: filed under the new correspondent already, moved from the
%% old one, or refused when it is filed under a third.
readdressed(Key, Message, User, OldL, New) ->
    case item_correspondent(Message, User) of
        {ok, {Peer, _Direction}} ->
            case jid:tolower(Peer) of
                OldL -> {ok, <<"moved">>, {readdress_message(Message, OldL, New), New}};
                PeerL ->
                    case jid:tolower(New) of
                        PeerL -> {ok, <<"unchanged">>, none};
                        _ -> {error, {cancel, conflict, <<Key/binary, ": filed under another correspondent">>,
                                      app(<<"other-correspondent">>, [{<<"id">>, Key}])}}
                    end
            end;
        {error, _} ->
            {error, {cancel, conflict, <<Key/binary, ": filed under another correspondent">>,
                     app(<<"other-correspondent">>, [{<<"id">>, Key}])}}
    end.

%% The stored message with the old correspondent's address, as sender or recipient, replaced by
%% the new one; nothing else changes.
readdress_message(#xmlel{attrs = Attrs} = Message, OldL, New) ->
    NewText = jid:encode(New),
    Message#xmlel{attrs = [readdress_attr(Attr, OldL, NewText) || Attr <- Attrs]}.

readdress_attr({Name, Value} = Attr, OldL, NewText) when Name == <<"from">>; Name == <<"to">> ->
    case bare(Value) of
        error -> Attr;
        Jid ->
            case jid:tolower(Jid) of
                OldL -> {Name, NewText};
                _ -> Attr
            end
    end;
readdress_attr(Attr, _OldL, _NewText) ->
    Attr.

bare_only(Text) ->
    try jid:decode(Text) of
        #jid{lresource = <<"">>} = Jid -> Jid;
        _ -> error
    catch _:_ -> error
    end.

%% Stores new versions of imported items under their keys: a message whose attachment was
%% uploaded later now carries its link. Each item is checked as an import's.
replace(#iq{from = #jid{luser = U, lserver = S}, sub_els = [Request]} = IQ) ->
    Now = erlang:system_time(second),
    Request1 = #request{user = {U, S}, now = Now, marker = marker(Now), max_item_size = opt(S, max_item_size)},
    Forwarded = [El || #xmlel{name = <<"forwarded">>} = El <- Request#xmlel.children,
                       fxml:get_tag_attr_s(<<"xmlns">>, El) == ?NS_FORWARD],
    case read_items(Forwarded, 1, opt(S, max_items), Request1, [], #{}) of
        {error, {Type, Condition, Text, App}} ->
            refuse(IQ, Type, Condition, Text, App);
        {ok, []} ->
            refuse(IQ, modify, 'bad-request', <<"No <forwarded/> messages in the request">>, app(<<"invalid-item">>, []));
        {ok, Items} ->
            ByKey = maps:from_list([{Key, Item} || #item{key = Key} = Item <- Items]),
            Decide = fun(Key, _Stored, _Peer) ->
                             #item{message = Message, peer = Peer} = maps:get(Key, ByKey),
                             {ok, <<"replaced">>, {Message, Peer}}
                     end,
            limited_change(IQ, {U, S}, S, U, [Key || #item{key = Key} <- Items], Decide, <<"replaced">>,
                           [<<"replaced">>])
    end.

%% A change of the archive {U, S} (a user's or a room's) of the server host Host, counted against
%% the requesting user's RateKey.
limited_change(IQ, Archive, Host, RateKey, Keys, Decide, ResultName, Counted) ->
    case take_tokens(RateKey, Host, length(Keys)) of
        ok ->
            change(IQ, Archive, Host, Keys, Decide, ResultName, Counted);
        {wait, Seconds} ->
            Wait = integer_to_binary(Seconds),
            refuse(IQ, wait, 'resource-constraint', <<"Too many messages at once; try again in ", Wait/binary, " seconds">>,
                   app(<<"rate-limited">>, [{<<"retry-after">>, Wait}]))
    end.

%% Decides on every named item, then stores the changes, in one transaction of the backend: all
%% or nothing. Only keys of the import index whose archive item is still there are imported items;
%% any other key (a live message, or nothing) refuses the request.
change(IQ, {U, S}, Host, Keys, Decide, ResultName, Counted) ->
    {ok, Backend} = backend(Host),
    Transaction =
        fun() ->
                Known = Backend:known_keys(U, S, Keys),
                Stored = Backend:stored_messages(U, S, lists:usort(maps:values(Known))),
                case decide_changes(Keys, Known, Stored, Decide, [], []) of
                    {ok, Statuses, Changes} ->
                        lists:foreach(fun({Id, Old, Message, Peer}) ->
                                              ok = Backend:replace_message(U, S, Id, Old, Message, Peer)
                                      end, Changes),
                        {ok, Statuses};
                    {error, _} = Error ->
                        Error
                end
        end,
    case Backend:transaction(S, Transaction) of
        {atomic, {ok, Statuses}} ->
            ?DEBUG("~ts@~ts changed ~B imported messages", [U, S, length(Keys)]),
            Counts = [{Status, integer_to_binary(length([K || {K, Status1} <- Statuses, Status1 == Status]))}
                      || Status <- Counted],
            xmpp:make_iq_result(IQ, #xmlel{name = ResultName, attrs = [{<<"xmlns">>, ?NS_ARCHIVE_IMPORT} | Counts],
                                           children = [#xmlel{name = <<"item">>,
                                                              attrs = [{<<"id">>, Key}, {<<"status">>, Status}]}
                                                       || {Key, Status} <- Statuses]});
        {atomic, {error, {Type, Condition, Text, App}}} ->
            refuse(IQ, Type, Condition, Text, App);
        {aborted, Why} ->
            ?ERROR_MSG("Could not change the archive of ~ts@~ts: ~p", [U, S, Why]),
            refuse(IQ, wait, 'internal-server-error', <<"The archive could not be written; try again later">>)
    end.

decide_changes([], _Known, _Stored, _Decide, Statuses, Changes) ->
    {ok, lists:reverse(Statuses), lists:reverse(Changes)};
decide_changes([Key | Rest], Known, Stored, Decide, Statuses, Changes) ->
    case maps:find(Key, Known) of
        {ok, Id} when is_map_key(Id, Stored) ->
            {Message, Old, StoredPeer} = maps:get(Id, Stored),
            case Decide(Key, Message, StoredPeer) of
                {ok, Status, none} ->
                    decide_changes(Rest, Known, Stored, Decide, [{Key, Status} | Statuses], Changes);
                {ok, Status, {NewMessage, Peer}} ->
                    decide_changes(Rest, Known, Stored, Decide, [{Key, Status} | Statuses],
                                   [{Id, Old, NewMessage, Peer} | Changes]);
                {error, _} = Error ->
                    Error
            end;
        _ ->
            {error, {cancel, 'item-not-found', <<Key/binary, ": no message imported under this id in the archive">>,
                     app(<<"not-imported">>, [{<<"id">>, Key}])}}
    end.

%% Only this module's items carry the imported marker: a marker in a message that passes through
%% the server (arriving for a local user, or sent by one) is removed before mod_mam archives it, so
%% that no live message looks imported to whoever reads the archive. (Changes go by the import
%% index, which a live message is never in.)
strip_marker({#message{} = Message, State}) ->
    {strip_marker(Message), State};
strip_marker(#message{sub_els = Els} = Message) ->
    Message#message{sub_els = [El || El <- Els, not forged_marker(El)]};
strip_marker(Other) ->
    Other.

forged_marker(#xmlel{name = <<"imported">>} = El) -> fxml:get_tag_attr_s(<<"xmlns">>, El) == ?NS_ARCHIVE_IMPORT;
forged_marker(_) -> false.

%%%===================================================================
%%% Group chats (protocol section 10): a room's owner imports into its archive
%%%===================================================================

%% Requests to a room of mod_muc on this host, run in the room's process (mod_muc_room's
%% muc_process_iq hook, the one mod_mam answers MAM queries to rooms by): an import by an owner of
%% the room, a digest for whoever may read the room's archive. Anything else goes on to the room.
muc_process_iq(#iq{sub_els = [#xmlel{name = Name} = El]} = IQ, MUCState)
  when Name == <<"import">>; Name == <<"digest">>; Name == <<"readdress">>; Name == <<"replace">> ->
    case fxml:get_tag_attr_s(<<"xmlns">>, El) of
        ?NS_ARCHIVE_IMPORT -> guarded(IQ, fun() -> room_request(IQ, MUCState) end);
        _ -> IQ
    end;
muc_process_iq(IQ, _MUCState) ->
    IQ.

room_request(#iq{lang = Lang} = IQ, #state{config = #config{mam = false}}) ->
    xmpp:make_error(IQ, xmpp:err_feature_not_implemented(<<"This room keeps no archive">>, Lang));
room_request(#iq{type = set, from = From, sub_els = [#xmlel{name = <<"import">>}]} = IQ,
             #state{jid = RoomJID, server_host = Host} = MUCState) ->
    case mod_muc_room:get_affiliation(From, MUCState) of
        owner ->
            #jid{luser = Room, lserver = MucHost} = Bare = jid:remove_resource(RoomJID),
            import(IQ, {Room, MucHost}, {Bare, MUCState}, Host, rate_key(From, Host));
        _ ->
            refuse(IQ, auth, forbidden, <<"Only an owner of ", (jid:encode(jid:remove_resource(RoomJID)))/binary,
                                          " can import into its archive">>, app(<<"not-owner">>, []))
    end;
room_request(#iq{type = get, from = From, sub_els = [#xmlel{name = <<"digest">>} = Request]} = IQ,
             #state{jid = RoomJID, server_host = Host} = MUCState) ->
    case may_read_archive(From, MUCState) of
        true ->
            #jid{luser = Room, lserver = MucHost} = Bare = jid:remove_resource(RoomJID),
            digest(IQ, Request, {Room, MucHost}, Bare, Host);
        false ->
            refuse(IQ, auth, forbidden, <<"Only the room's members can read its archive">>)
    end;
room_request(#iq{type = set, from = From, sub_els = [#xmlel{name = <<"readdress">>} = Request]} = IQ,
             #state{jid = RoomJID, server_host = Host} = MUCState) ->
    case mod_muc_room:get_affiliation(From, MUCState) of
        owner ->
            #jid{luser = Room, lserver = MucHost} = Bare = jid:remove_resource(RoomJID),
            room_readdress(IQ, Request, {Room, MucHost}, Bare, Host, rate_key(From, Host), MUCState);
        _ ->
            refuse(IQ, auth, forbidden, <<"Only an owner of ", (jid:encode(jid:remove_resource(RoomJID)))/binary,
                                          " can change its archive">>, app(<<"not-owner">>, []))
    end;
room_request(#iq{sub_els = [#xmlel{name = <<"replace">>}]} = IQ, _MUCState) ->
    refuse(IQ, cancel, 'feature-not-implemented', <<"Imported messages of a room cannot be replaced">>);
room_request(IQ, _MUCState) ->
    refuse(IQ, modify, 'bad-request', <<"Send an <import/> (type set) or a <digest/> (type get)">>).

%% The rate is counted per requesting user: a local user by name, another by bare address.
rate_key(#jid{luser = U, lserver = Host}, Host) -> U;
rate_key(From, _Host) -> jid:encode(jid:remove_resource(From)).

%% mod_mam's rule for MAM queries to a room: anyone not banned from an open room, occupants and
%% affiliated users of a members-only one.
may_read_archive(From, #state{config = #config{members_only = false}} = MUCState) ->
    mod_muc_room:get_affiliation(From, MUCState) /= outcast;
may_read_archive(From, MUCState) ->
    mod_muc_room:is_occupant_or_admin(From, MUCState).

%% An author's address on their earlier messages (protocol 10.8): the named imported items,
%% written under the nickname of 'from', get 'to' as their real address, kept as mod_mam keeps a
%% live message's (its peer); nickname, text, time, key and place stay.
room_readdress(IQ, Request, Archive, RoomJID, Host, RateKey, MUCState) ->
    RoomL = jid:tolower(RoomJID),
    From = try jid:decode(fxml:get_tag_attr_s(<<"from">>, Request)) catch _:_ -> error end,
    case {From, bare_only(fxml:get_tag_attr_s(<<"to">>, Request))} of
        {#jid{lresource = Nick} = Occupant, #jid{} = New} when Nick /= <<"">> ->
            case jid:tolower(jid:remove_resource(Occupant)) == RoomL of
                false ->
                    refuse(IQ, modify, 'jid-malformed', <<"from must be the room's address with the author's nickname">>);
                true ->
                    case mod_muc_room:get_affiliation(New, MUCState) of
                        Affiliation when Affiliation == owner; Affiliation == admin; Affiliation == member ->
                            case readdress_keys(Request, opt(Host, max_readdress_items)) of
                                {error, {Type, Condition, Text, App}} ->
                                    refuse(IQ, Type, Condition, Text, App);
                                {ok, Keys} ->
                                    Decide = fun(Key, Message, Peer) -> room_readdressed(Key, Message, Peer, Nick, New) end,
                                    limited_change(IQ, Archive, Host, RateKey, Keys, Decide, <<"readdressed">>,
                                                   [<<"moved">>, <<"unchanged">>])
                            end;
                        _ ->
                            refuse(IQ, cancel, forbidden, <<(jid:encode(New))/binary, " is not a member of the room">>,
                                   app(<<"not-a-member">>, []))
                    end
            end;
        _ ->
            refuse(IQ, modify, 'jid-malformed', <<"from must be the room with a nickname, to a bare address">>)
    end.

room_readdressed(Key, Message, Peer, Nick, New) ->
    Written = try (jid:decode(fxml:get_tag_attr_s(<<"from">>, Message)))#jid.lresource catch _:_ -> error end,
    NewL = jid:tolower(New),
    case Written of
        Nick ->
            case bare(Peer) of
                #jid{} = Current ->
                    case jid:tolower(Current) of
                        NewL -> {ok, <<"unchanged">>, none};
                        _ -> {ok, <<"moved">>, {Message, New}}
                    end;
                error ->
                    {ok, <<"moved">>, {Message, New}}
            end;
        _ ->
            {error, {cancel, conflict, <<Key/binary, ": written under another nickname">>,
                     app(<<"other-correspondent">>, [{<<"id">>, Key}])}}
    end.

room_item_type(Message) ->
    case fxml:get_tag_attr_s(<<"type">>, Message) of
        <<"groupchat">> -> {ok, groupchat};
        _ -> {error, {invalid, <<"only messages of type groupchat">>}}
    end.

%% The author of a room's message: 'from' is the room with their nickname, 'to' nothing or the
%% room, and a real address, when the message gives one, is affiliated with the room. The result
%% is what the archive keeps: the real address as the peer (or Room/Nick, for authors without one:
%% mod_mam files every room message under an address), the nickname, and the message from
%% Room/Nick without 'to' and without muc#user elements (mod_mam adds the real address itself
%% when it returns the message, as for live ones).
room_author(Message, {RoomJID, MUCState}) ->
    Malformed = fun(Text) -> {error, {modify, 'jid-malformed', Text, <<"invalid-item">>}} end,
    RoomL = jid:tolower(RoomJID),
    From = try jid:decode(fxml:get_tag_attr_s(<<"from">>, Message)) catch _:_ -> error end,
    ToOk = case fxml:get_tag_attr_s(<<"to">>, Message) of
               <<>> -> true;
               To -> case bare(To) of
                         error -> false;
                         ToJID -> jid:tolower(ToJID) == RoomL
                     end
           end,
    case From of
        #jid{lresource = Nick} when Nick /= <<"">> ->
            case {jid:tolower(jid:remove_resource(From)) == RoomL, ToOk} of
                {true, true} ->
                    room_author_address(Message, MUCState, From);
                {true, false} ->
                    Malformed(<<"'to' may only be the room's address">>);
                {false, _} ->
                    Malformed(<<"'from' must be the room's address with the author's nickname">>)
            end;
        _ ->
            Malformed(<<"'from' must be the room's address with the author's nickname">>)
    end.

room_author_address(#xmlel{attrs = Attrs, children = Children} = Message, MUCState, From) ->
    Occupant = fxml:get_subtag_with_xmlns(Message, <<"x">>, ?NS_MUC_USER),
    Real = case Occupant of
               false -> none;
               _ ->
                   case fxml:get_subtag(Occupant, <<"item">>) of
                       false -> error;
                       Item -> bare(fxml:get_tag_attr_s(<<"jid">>, Item))
                   end
           end,
    Stored = Message#xmlel{attrs = [{<<"from">>, jid:encode(From)}
                                    | [Attr || {Name, _} = Attr <- Attrs, Name /= <<"from">>, Name /= <<"to">>]],
                           children = [Child || Child <- Children, not occupant_element(Child)]},
    Nick = From#jid.resource,
    case Real of
        none ->
            {ok, {From, Nick, Stored}};
        error ->
            {error, {modify, 'jid-malformed', <<"<x xmlns='", ?NS_MUC_USER/binary,
                                                "'> needs <item jid='…'/> with the author's address"/utf8>>,
                     <<"invalid-item">>}};
        Address ->
            case mod_muc_room:get_affiliation(Address, MUCState) of
                Affiliation when Affiliation == owner; Affiliation == admin; Affiliation == member ->
                    {ok, {Address, Nick, Stored}};
                _ ->
                    {error, {cancel, forbidden, <<(jid:encode(Address))/binary, " is not a member of the room; "
                                                  "add them first or leave out their address">>,
                             <<"not-a-member">>}}
            end
    end.

occupant_element(#xmlel{name = <<"x">>} = El) -> fxml:get_tag_attr_s(<<"xmlns">>, El) == ?NS_MUC_USER;
occupant_element(_) -> false.

%%%===================================================================
%%% The digest (protocol sections 8 and 10.4), of a room's archive
%%%===================================================================

%% Sums up the imported items of the archive {U, S}, all filed under one conversation With: each
%% item's digest over its key, time, sender with nickname, the author's real address, body and
%% links; the conversation's over the sorted item digests.
digest(IQ, Request, {U, S}, With, Host) ->
    case digest_start(fxml:get_tag_attr_s(<<"start">>, Request)) of
        error ->
            refuse(IQ, modify, 'bad-request', <<"start must be a date-time">>);
        {ok, From} ->
            {ok, Backend} = backend(Host),
            case Backend:transaction(S, fun() -> Backend:imported_items(U, S, From) end) of
                {atomic, Items} ->
                    WithText = jid:encode(With),
                    Digests = lists:sort([room_item_digest(Key, Id, Message, Peer, With)
                                          || {Key, Id, Message, Peer} <- Items]),
                    Count = integer_to_binary(length(Digests)),
                    Conversations = case Digests of
                                        [] -> [];
                                        _ -> [#xmlel{name = <<"conversation">>,
                                                     attrs = [{<<"with">>, WithText}, {<<"items">>, Count},
                                                              {<<"sha256">>, hex(crypto:hash(sha256, Digests))}]}]
                                    end,
                    xmpp:make_iq_result(IQ, #xmlel{name = <<"digest">>,
                                                   attrs = [{<<"xmlns">>, ?NS_ARCHIVE_IMPORT}, {<<"items">>, Count}],
                                                   children = Conversations});
                {aborted, Why} ->
                    ?ERROR_MSG("Could not read the archive of ~ts: ~p", [jid:encode({U, S, <<"">>}), Why]),
                    refuse(IQ, wait, 'internal-server-error', <<"The archive could not be read; try again later">>)
            end
    end.

digest_start(<<>>) ->
    {ok, 0};
digest_start(Stamp) ->
    try xmpp_util:decode_timestamp(Stamp) of
        {Mega, Sec, Micro} -> {ok, max(0, (Mega * ?USEC + Sec) * ?USEC + Micro)}
    catch _:_ -> error
    end.

%% The item digest as hexadecimal text: SHA-256 over the six fields, each preceded by its length.
room_item_digest(Key, Id, Message, Peer, Room) ->
    Time = xmpp_util:encode_timestamp(misc:usec_to_now(Id - Id rem ?USEC)),
    Author = case bare(Peer) of
                 error -> <<>>;
                 Address -> case jid:tolower(Address) == jid:tolower(Room) of
                                true -> <<>>;               % no real address: filed as Room/Nick
                                false -> jid:encode(Address)
                            end
             end,
    Links = [fxml:get_subtag_cdata(X, <<"url">>)
             || #xmlel{name = <<"x">>} = X <- Message#xmlel.children,
                fxml:get_tag_attr_s(<<"xmlns">>, X) == <<"jabber:x:oob">>],
    Fields = [Key, Time, fxml:get_tag_attr_s(<<"from">>, Message), Author,
              fxml:get_subtag_cdata(Message, <<"body">>), lists:join(<<" ">>, Links)],
    hex(crypto:hash(sha256, [[<<(iolist_size(Field)):32/big>>, Field] || Field <- Fields])).

hex(Binary) ->
    << <<(hex_digit(N))>> || <<N:4>> <= Binary >>.

hex_digit(N) when N < 10 -> $0 + N;
hex_digit(N) -> $a + N - 10.

%%%===================================================================
%%% Discovery of group chats: the service and its rooms
%%%===================================================================

%% mod_muc 23.01 builds the disco#info of its service and of its rooms without asking other
%% modules for features (the service runs the disco_info hook for forms only). So the module adds
%% them to those results as they reach a user of this host: the feature and the limits form (for
%% that user's connection) on the service, the feature, #digest and #readdress on each room that
%% keeps an archive (the room lists MAM's features then).
muc_disco_result({#iq{type = result, from = #jid{luser = Room, lserver = Service},
                      to = #jid{lserver = Host} = To,
                      sub_els = [#disco_info{node = Node, features = Features, xdata = X} = Info]} = IQ, State}) ->
    case lists:member(?NS_ARCHIVE_IMPORT, Features) orelse not lists:member(Service, muc_hosts(Host))
        orelse not main_node(Node) of
        true ->
            {IQ, State};
        false when Room == <<"">> ->
            {IQ#iq{sub_els = [Info#disco_info{features = Features ++ [?NS_ARCHIVE_IMPORT],
                                              xdata = X ++ [limits_form(Host, user_shaper(To))]}]}, State};
        false ->
            case lists:member(?NS_MAM_2, Features) of
                true ->
                    {IQ#iq{sub_els = [Info#disco_info{features = Features ++ [?NS_ARCHIVE_IMPORT,
                                                                                ?NS_ARCHIVE_IMPORT_DIGEST,
                                                                                ?NS_ARCHIVE_IMPORT_READDRESS]}]},
                     State};
                false ->
                    {IQ, State}
            end
    end;
muc_disco_result(Acc) ->
    Acc.

%% The entity's own disco#info: without a node, or (for a room) under the entity-capabilities
%% node its presence names, which is what clients that cache capabilities ask for. The room's
%% capability hash does not cover the added features, so such clients find it unverifiable and
%% ask the room again rather than use a cached answer (XEP-0115 5.4): they still see them.
main_node(<<"">>) ->
    true;
main_node(Node) ->
    Prefix = <<(ejabberd_config:get_uri())/binary, "#">>,
    binary:longest_common_prefix([Node, Prefix]) == byte_size(Prefix).

muc_hosts(Host) ->
    case gen_mod:is_loaded(Host, mod_muc) of
        true -> gen_mod:get_module_opt_hosts(Host, mod_muc);
        false -> []
    end.

%%%===================================================================
%%% Archive ids: ejabberd's archive id is the archive time in microseconds
%%%===================================================================

%% Gives each new item the id of its original second plus the first microsecond no other item
%% of the user's archive has (Taken, ascending, or of this batch), so that ids stay unique —
%% mod_mam pages by id — and items of one second keep the order of the request.
-spec assign_ids([#item{}], [integer()]) -> [{integer(), #item{}}].
assign_ids(Items, Taken) ->
    TakenSet = sets:from_list(Taken),
    {Assigned, _} = lists:mapfoldl(
                      fun(#item{seconds = Seconds} = Item, Next) ->
                              First = maps:get(Seconds, Next, Seconds * ?USEC),
                              Id = free_id(First, TakenSet),
                              {{Id, Item}, Next#{Seconds => Id + 1}}
                      end, #{}, Items),
    Assigned.

free_id(Id, Taken) ->
    case sets:is_element(Id, Taken) of
        true -> free_id(Id + 1, Taken);
        false -> Id
    end.

%%%===================================================================
%%% Storage backend: the one of mod_mam on the host
%%%===================================================================

backend(Host) ->
    case mod_mam_opt:db_type(Host) of
        mnesia -> {ok, mod_archive_import_mnesia};
        sql -> {ok, mod_archive_import_sql};
        Other -> {error, io_lib:format("mod_mam stores its archive in ~p; this module supports mnesia and sql", [Other])}
    end.

remove_user(User, Server) ->
    LUser = jid:nodeprep(User),
    LServer = jid:nameprep(Server),
    case backend(LServer) of
        {ok, Backend} -> Backend:remove_user(LUser, LServer);
        {error, _} -> ok
    end.

log_ready(Host, Backend) ->
    Rate = case opt(Host, rate) of 0 -> <<"no limit">>; R -> integer_to_binary(R) end,
    ?INFO_MSG("Archive import ready on ~ts: ~B messages per request, ~ts per second (less where a c2s shaper "
              "allows less), archive kept ~ts, storage ~ts", [Host, opt(Host, max_items), Rate, retention_text(Host), Backend]).

%%%===================================================================
%%% Rate limit: a token bucket of messages per user
%%%===================================================================

take_tokens(U, S, Count) ->
    case opt(S, rate) of
        0 -> ok;
        Rate -> take_tokens(U, S, Count, Rate, burst(S))
    end.

take_tokens(U, S, Count, Rate, Burst) ->
    Table = bucket_table(S),
    Now = erlang:monotonic_time(millisecond),
    {Tokens0, Then} = case ets:lookup(Table, U) of
                          [{_, T, When}] -> {T, When};
                          [] -> {Burst, Now}
                      end,
    Tokens = min(Burst, Tokens0 + (Now - Then) * Rate / 1000),
    if Tokens >= Count ->
            ets:insert(Table, {U, Tokens - Count, Now}),
            ok;
       true ->
            ets:insert(Table, {U, Tokens, Now}),
            {wait, max(1, ceil((Count - Tokens) / Rate))}
    end.

burst(Host) ->
    MaxItems = opt(Host, max_items),
    case opt(Host, burst) of
        auto -> 10 * MaxItems;
        Burst -> max(Burst, MaxItems)
    end.

bucket_table(Host) ->
    gen_mod:get_module_proc(Host, ?MODULE).

init([Host, _Opts]) ->
    ets:new(bucket_table(Host), [named_table, public, set, {write_concurrency, true}]),
    {ok, Host}.

handle_call(_Request, _From, Host) -> {reply, {error, unknown_request}, Host}.
handle_cast(_Request, Host) -> {noreply, Host}.
handle_info(_Info, Host) -> {noreply, Host}.
terminate(_Reason, _Host) -> ok.
code_change(_OldVsn, Host, _Extra) -> {ok, Host}.

%%%===================================================================
%%% Helpers
%%%===================================================================

opt(Host, Name) ->
    gen_mod:get_module_opt(Host, ?MODULE, Name).

app(Name, Attrs) ->
    #xmlel{name = Name, attrs = [{<<"xmlns">>, ?NS_ARCHIVE_IMPORT} | Attrs]}.

refuse(IQ, Type, Condition, Text) ->
    refuse(IQ, Type, Condition, Text, undefined).

refuse(IQ, Type, Condition, Text, App) ->
    Error = #stanza_error{type = Type, reason = Condition,
                          text = [#text{lang = <<"en">>, data = Text}],
                          sub_els = case App of undefined -> []; _ -> [App] end},
    xmpp:make_error(IQ, Error).
