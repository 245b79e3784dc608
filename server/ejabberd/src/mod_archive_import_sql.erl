%%% mod_archive_import's storage on SQL: the messages go through mod_mam_sql's store function
%%% (the table archive), and an index of imported keys lives in the table archive_import; a
%%% request is stored in one SQL transaction. SQLite, PostgreSQL and MySQL; the module creates
%%% its table when it is missing (server/ejabberd/sql/ has the statements for operators who
%%% prefer to create it themselves).
%%%
%%% Copyright the Trasloco authors. GPL-2.0-or-later, like ejabberd.

-module(mod_archive_import_sql).
-behaviour(mod_archive_import).

-export([init/1, transaction/2, known_keys/3, present_ids/3, forget_keys/3, newest_live/3, archive_ids/4,
         write/3, remove_user/2, stored_messages/3, replace_message/6]).

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
transaction(Host, Fun) ->
    ejabberd_sql:sql_transaction(
      Host, fun() ->
                    try Fun()
                    catch error:Reason:Stack ->
                            ?ERROR_MSG("Archive import transaction failed: ~p~n~p", [Reason, Stack]),
                            ejabberd_sql:abort({error, Reason})
                    end
            end).

known_keys(U, S, Keys) ->
    maps:from_list(
      [{Key, Id} || Key <- Keys,
                    {Id} <- rows(ejabberd_sql:sql_query_t(
                                   ?SQL("select @(timestamp)d from archive_import where host=%(S)s"
                                        " and username=%(U)s and import_key=%(Key)s")))]).

present_ids(U, S, Ids) ->
    [Id || Id <- Ids,
           {_} <- rows(ejabberd_sql:sql_query_t(
                         ?SQL("select @(timestamp)d from archive where username=%(U)s and %(S)H"
                              " and timestamp=%(Id)d")))].

forget_keys(U, S, Keys) ->
    lists:foreach(
      fun(Key) ->
              ejabberd_sql:sql_query_t(
                ?SQL("delete from archive_import where host=%(S)s and username=%(U)s"
                     " and import_key=%(Key)s"))
      end, Keys).

newest_live(U, S, Since) ->
    case rows(ejabberd_sql:sql_query_t(
                ?SQL("select @(timestamp)d from archive where username=%(U)s and %(S)H"
                     " and timestamp >= %(Since)d and not exists (select 1 from archive_import i"
                     " where i.host=%(S)s and i.username=%(U)s and i.timestamp=archive.timestamp)"
                     " order by timestamp desc limit 1"))) of
        [{Id}] -> Id;
        [] -> none
    end.

archive_ids(U, S, From, To) ->
    [Id || {Id} <- rows(ejabberd_sql:sql_query_t(
                          ?SQL("select @(timestamp)d from archive where username=%(U)s and %(S)H"
                               " and timestamp >= %(From)d and timestamp < %(To)d")))].

write(U, S, Assigned) ->
    Store = gen_mod:db_mod(S, mod_mam),
    lists:foreach(
      fun({Id, #item{key = Key, peer = Peer, direction = Direction, message = Message}}) ->
              case Store:store(Message, S, {U, S}, chat, Peer, <<"">>, Direction, Id) of
                  ok -> ok;
                  Error -> ejabberd_sql:abort(Error)
              end,
              ejabberd_sql:sql_query_t(
                ?SQL_INSERT("archive_import",
                            ["host=%(S)s", "username=%(U)s", "import_key=%(Key)s", "timestamp=%(Id)d"]))
      end, Assigned).

%% The stored messages of some archive ids, decoded as mod_mam_sql decodes them (its xml column may
%% be compressed, with compress_xml).
stored_messages(U, S, Ids) ->
    Archive = jid:encode({U, S, <<"">>}),
    maps:from_list(
      [{Id, {Message, none}}
       || Id <- Ids,
          {XML, Peer} <- rows(ejabberd_sql:sql_query_t(
                                ?SQL("select @(xml)s, @(peer)s from archive where username=%(U)s and %(S)H"
                                     " and timestamp=%(Id)d"))),
          #xmlel{} = Message <- [xml_compress:decode(XML, Archive, Peer)]]).

%% The row of an archive id written anew through mod_mam_sql's store function (its encoding, its
%% columns), with the same time.
replace_message(U, S, Id, _Old, Message, Peer) ->
    ejabberd_sql:sql_query_t(
      ?SQL("delete from archive where username=%(U)s and %(S)H and timestamp=%(Id)d")),
    Store = gen_mod:db_mod(S, mod_mam),
    case Store:store(Message, S, {U, S}, chat, Peer, <<"">>, send, Id) of
        ok -> ok;
        Error -> ejabberd_sql:abort(Error)
    end.

remove_user(U, S) ->
    ejabberd_sql:sql_query(
      S, ?SQL("delete from archive_import where host=%(S)s and username=%(U)s")).

rows({selected, Rows}) -> Rows;
rows(Other) -> ejabberd_sql:abort({unexpected_result, Other}).
