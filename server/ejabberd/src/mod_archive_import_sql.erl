%%% mod_archive_import's storage on SQL: the messages go through mod_mam_sql's store function
%%% (the table archive), and an index of imported keys lives in the table archive_import; a
%%% request is stored in one SQL transaction. An archive is {U, S}: a user's ({LUser, LServer}) or
%%% a room's ({Room, MucHost}), which mod_mam_sql files under the room's bare JID as username. SQLite, PostgreSQL and MySQL; the module creates
%%% its table when it is missing (server/ejabberd/sql/ has the statements for operators who
%%% prefer to create it themselves).
%%%
%%% Copyright the Trasloco authors. GPL-2.0-or-later, like ejabberd.

-module(mod_archive_import_sql).
-behaviour(mod_archive_import).

-export([init/1, transaction/2, known_keys/3, present_ids/3, forget_keys/3, newest_live/3, archive_ids/4,
         write/3, remove_user/2, stored_messages/3, replace_message/6, imported_items/3]).

-include("xmpp.hrl").
-include("logger.hrl").
-include("ejabberd_sql_pt.hrl").
-include("mod_archive_import.hrl").

init(Host) ->
    case schema(ejabberd_option:sql_type(Host)) of
        {error, _} = Error ->
            Error;
        Statement ->
            case ejabberd_sql:sql_query(Host, Statement) of
                {error, Reason} -> {error, {cannot_create_table, archive_import, Reason}};
                _ -> ok
            end
    end.

%% The same table everywhere: the key of each imported message and the archive id it got, per
%% user; both unique per user.
schema(sqlite) ->
    <<"CREATE TABLE IF NOT EXISTS archive_import (host text NOT NULL, username text NOT NULL, "
      "import_key text NOT NULL, timestamp BIGINT NOT NULL, "
      "PRIMARY KEY (host, username, import_key), UNIQUE (host, username, timestamp));">>;
schema(pgsql) ->
    <<"CREATE TABLE IF NOT EXISTS archive_import (host text NOT NULL, username text NOT NULL, "
      "import_key text NOT NULL, timestamp BIGINT NOT NULL, "
      "PRIMARY KEY (host, username, import_key), UNIQUE (host, username, timestamp));">>;
schema(mysql) ->
    <<"CREATE TABLE IF NOT EXISTS archive_import (host varchar(191) NOT NULL, "
      "username varchar(191) NOT NULL, import_key varchar(128) NOT NULL, timestamp BIGINT NOT NULL, "
      "PRIMARY KEY (host, username, import_key), UNIQUE KEY i_archive_import_ts (host, username, timestamp)"
      ") ENGINE=InnoDB CHARACTER SET utf8mb4;">>;
schema(Other) ->
    {error, {unsupported_sql_type, Other}}.

%% ejabberd_sql runs the function in its connection process; an error there must become an
%% abort (rolled back, reported) rather than end that process.
transaction(S, Fun) ->
    ejabberd_sql:sql_transaction(
      ejabberd_router:host_of_route(S), fun() ->
                    try Fun()
                    catch error:Reason:Stack ->
                            ?ERROR_MSG("Archive import transaction failed: ~p~n~p", [Reason, Stack]),
                            ejabberd_sql:abort({error, Reason})
                    end
            end).

known_keys(U, S, Keys) ->
    {Host, Name, _Kind} = archive(U, S),
    maps:from_list(
      [{Key, Id} || Key <- Keys,
                    {Id} <- rows(ejabberd_sql:sql_query_t(
                                   ?SQL("select @(timestamp)d from archive_import where host=%(Host)s"
                                        " and username=%(Name)s and import_key=%(Key)s")))]).

present_ids(U, S, Ids) ->
    {Host, Name, _Kind} = archive(U, S),
    [Id || Id <- Ids,
           {_} <- rows(ejabberd_sql:sql_query_t(
                         ?SQL("select @(timestamp)d from archive where username=%(Name)s and %(Host)H"
                              " and timestamp=%(Id)d")))].

forget_keys(U, S, Keys) ->
    {Host, Name, _Kind} = archive(U, S),
    lists:foreach(
      fun(Key) ->
              ejabberd_sql:sql_query_t(
                ?SQL("delete from archive_import where host=%(Host)s and username=%(Name)s"
                     " and import_key=%(Key)s"))
      end, Keys).

newest_live(U, S, Since) ->
    {Host, Name, _Kind} = archive(U, S),
    case rows(ejabberd_sql:sql_query_t(
                ?SQL("select @(timestamp)d from archive where username=%(Name)s and %(Host)H"
                     " and timestamp >= %(Since)d and not exists (select 1 from archive_import i"
                     " where i.host=%(Host)s and i.username=%(Name)s and i.timestamp=archive.timestamp)"
                     " order by timestamp desc limit 1"))) of
        [{Id}] -> Id;
        [] -> none
    end.

archive_ids(U, S, From, To) ->
    {Host, Name, _Kind} = archive(U, S),
    [Id || {Id} <- rows(ejabberd_sql:sql_query_t(
                          ?SQL("select @(timestamp)d from archive where username=%(Name)s and %(Host)H"
                               " and timestamp >= %(From)d and timestamp < %(To)d")))].

write(U, S, Assigned) ->
    {Host, Name, Kind} = archive(U, S),
    Store = gen_mod:db_mod(Host, mod_mam),
    lists:foreach(
      fun({Id, #item{key = Key, peer = Peer, nick = Nick, direction = Direction, message = Message}}) ->
              case Store:store(Message, Host, {U, S}, Kind, Peer, Nick, Direction, Id) of
                  ok -> ok;
                  Error -> ejabberd_sql:abort(Error)
              end,
              ejabberd_sql:sql_query_t(
                ?SQL_INSERT("archive_import",
                            ["host=%(Host)s", "username=%(Name)s", "import_key=%(Key)s", "timestamp=%(Id)d"]))
      end, Assigned).

%% The stored messages of some archive ids, decoded as mod_mam_sql decodes them (its xml column may
%% be compressed, with compress_xml).
stored_messages(U, S, Ids) ->
    {Host, Name, _Kind} = archive(U, S),
    Archive = jid:encode({U, S, <<"">>}),
    maps:from_list(
      [{Id, {Message, Nick, Peer}}
       || Id <- Ids,
          {XML, Peer, Nick} <- rows(ejabberd_sql:sql_query_t(
                                      ?SQL("select @(xml)s, @(peer)s, @(nick)s from archive where username=%(Name)s"
                                           " and %(Host)H and timestamp=%(Id)d"))),
          #xmlel{} = Message <- [xml_compress:decode(XML, Archive, Peer)]]).

%% The row of an archive id written anew through mod_mam_sql's store function (its encoding, its
%% columns), with the same time and nickname (Nick, read by stored_messages).
replace_message(U, S, Id, Nick, Message, Peer) ->
    {Host, Name, Kind} = archive(U, S),
    ejabberd_sql:sql_query_t(
      ?SQL("delete from archive where username=%(Name)s and %(Host)H and timestamp=%(Id)d")),
    Store = gen_mod:db_mod(Host, mod_mam),
    case Store:store(Message, Host, {U, S}, Kind, Peer, Nick, send, Id) of
        ok -> ok;
        Error -> ejabberd_sql:abort(Error)
    end.

%% The imported items still in the archive whose archive id is From or later: key, id, stored
%% message and the peer column (for a room: the author's real address).
imported_items(U, S, From) ->
    {Host, Name, _Kind} = archive(U, S),
    Archive = jid:encode({U, S, <<"">>}),
    Keys = maps:from_list(
             [{Id, Key} || {Key, Id} <- rows(ejabberd_sql:sql_query_t(
                                               ?SQL("select @(import_key)s, @(timestamp)d from archive_import"
                                                    " where host=%(Host)s and username=%(Name)s"
                                                    " and timestamp >= %(From)d")))]),
    [{maps:get(Id, Keys), Id, Message, Peer}
     || {Id, XML, Peer} <- rows(ejabberd_sql:sql_query_t(
                                  ?SQL("select @(timestamp)d, @(xml)s, @(peer)s from archive where username=%(Name)s"
                                       " and %(Host)H and timestamp >= %(From)d"))),
        is_map_key(Id, Keys),
        #xmlel{} = Message <- [xml_compress:decode(XML, Archive, Peer)]].

remove_user(U, S) ->
    ejabberd_sql:sql_query(
      S, ?SQL("delete from archive_import where host=%(S)s and username=%(U)s")).

%% The archive {U, S} as mod_mam_sql files it: the server host whose database holds it, the
%% username column (the user, or the room's bare JID) and the kind of its messages.
archive(U, S) ->
    case ejabberd_router:host_of_route(S) of
        S -> {S, U, chat};
        Host -> {Host, jid:encode({U, S, <<"">>}), groupchat}
    end.

rows({selected, Rows}) -> Rows;
rows(Other) -> ejabberd_sql:abort({unexpected_result, Other}).
