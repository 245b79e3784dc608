%%% mod_archive_import's storage on mnesia: the messages go through mod_mam_mnesia's store
%%% function, and an index of imported keys lives in the table archive_import, written in the
%%% same mnesia transaction. An archive is {U, S}: a user's ({LUser, LServer}) or a room's
%%% ({Room, MucHost}), as mod_mam_mnesia keys them.
%%%
%%% mod_mam_mnesia keeps each user's archive as one bag entry of a disc_only_copies table, so
%%% every look at a user's archive reads all of it; ejabberd itself recommends SQL storage for
%%% archives, and so do we for large imports (server/ejabberd/README.md).
%%%
%%% Copyright the Trasloco authors. GPL-2.0-or-later, like ejabberd.

-module(mod_archive_import_mnesia).
-behaviour(mod_archive_import).

-export([init/1, transaction/2, known_keys/3, present_ids/3, forget_keys/3, newest_live/3, archive_ids/4,
         write/3, remove_user/2, stored_messages/3, replace_message/6, imported_items/3]).

-include("xmpp.hrl").
-include("mod_mam.hrl").
-include("mod_archive_import.hrl").

init(_Host) ->
    case ejabberd_mnesia:create(?MODULE, archive_import,
                                [{disc_only_copies, [node()]},
                                 {attributes, record_info(fields, archive_import)},
                                 {index, [timestamp]}]) of
        {atomic, _} -> ok;
        Other -> {error, Other}
    end.

transaction(_Host, Fun) ->
    mnesia:transaction(Fun).

known_keys(U, S, Keys) ->
    maps:from_list([{Key, Id} || Key <- Keys,
                                 #archive_import{timestamp = Id} <- mnesia:read(archive_import, {U, S, Key})]).

present_ids(_U, _S, []) ->
    [];
present_ids(U, S, Ids) ->
    Wanted = sets:from_list(Ids),
    [Id || Id <- ids(U, S, all), sets:is_element(Id, Wanted)].

forget_keys(U, S, Keys) ->
    lists:foreach(fun(Key) -> mnesia:delete({archive_import, {U, S, Key}}) end, Keys).

newest_live(U, S, Since) ->
    newest_live(U, S, lists:reverse(lists:sort(ids(U, S, {Since, infinity}))), imported).

newest_live(_U, _S, [], imported) ->
    none;
newest_live(U, S, [Id | Older], imported) ->
    Imported = [Key || #archive_import{key = {U1, S1, _} = Key} <- mnesia:index_read(archive_import, Id, timestamp),
                       U1 == U, S1 == S],
    case Imported of
        [] -> Id;
        _ -> newest_live(U, S, Older, imported)
    end.

archive_ids(U, S, From, To) ->
    ids(U, S, {From, To}).

write(U, S, Assigned) ->
    Host = ejabberd_router:host_of_route(S),
    Kind = case Host of S -> chat; _ -> groupchat end,
    Store = gen_mod:db_mod(Host, mod_mam),
    lists:foreach(
      fun({Id, #item{key = Key, peer = Peer, nick = Nick, direction = Direction, message = Message}}) ->
              case Store:store(Message, Host, {U, S}, Kind, Peer, Nick, Direction, Id) of
                  ok -> ok;
                  {error, overflow} -> mnesia:abort(storage_full);
                  Error -> mnesia:abort(Error)
              end,
              mnesia:write(#archive_import{key = {U, S, Key}, timestamp = Id})
      end, Assigned).

%% The stored messages of some archive ids, with their records (mod_mam_mnesia keeps a user's
%% archive as one bag entry: one read gives all of it).
stored_messages(_U, _S, []) ->
    #{};
stored_messages(U, S, Ids) ->
    Wanted = sets:from_list([integer_to_binary(Id) || Id <- Ids]),
    maps:from_list([{binary_to_integer(Id), {Packet, Msg, jid:encode(Peer)}}
                    || #archive_msg{id = Id, packet = Packet, peer = Peer} = Msg <- mnesia:read(archive_msg, {U, S}),
                       sets:is_element(Id, Wanted)]).

%% The same record with another message and correspondent: same id, same time (and in a room the
%% same nickname).
replace_message(_U, _S, _Id, Old, Message, Peer) ->
    LPeer = {PUser, PServer, _} = jid:tolower(Peer),
    mnesia:delete_object(Old),
    mnesia:write(Old#archive_msg{peer = LPeer, bare_peer = {PUser, PServer, <<>>}, packet = Message}).

%% The imported items still in the archive whose archive id is From or later: key, id, stored
%% message and peer (for a room: the author's real address). Reads the whole index and archive.
imported_items(U, S, From) ->
    Keys = maps:from_list([{integer_to_binary(Id), Key}
                           || #archive_import{key = {_, _, Key}, timestamp = Id}
                                  <- mnesia:match_object(#archive_import{key = {U, S, '_'}, _ = '_'}),
                              Id >= From]),
    [{maps:get(Id, Keys), binary_to_integer(Id), Packet, jid:encode(Peer)}
     || #archive_msg{id = Id, packet = Packet, peer = Peer} <- mnesia:read(archive_msg, {U, S}),
        is_map_key(Id, Keys)].

remove_user(U, S) ->
    mnesia:transaction(
      fun() ->
              lists:foreach(fun mnesia:delete_object/1,
                            mnesia:match_object(#archive_import{key = {U, S, '_'}, _ = '_'}))
      end).

%% The archive ids of a user, all of them or those in [From, To) (To may be infinity). mod_mam
%% keeps the id as a decimal binary and the time as an erlang:timestamp() of the same value.
ids(U, S, Range) ->
    Guards = case Range of
                 all -> [];
                 {From, infinity} -> [{'>=', '$2', {const, misc:usec_to_now(From)}}];
                 {From, To} -> [{'>=', '$2', {const, misc:usec_to_now(From)}},
                                {'<', '$2', {const, misc:usec_to_now(To)}}]
             end,
    Spec = [{#archive_msg{us = {U, S}, id = '$1', timestamp = '$2', _ = '_'}, Guards, ['$1']}],
    [binary_to_integer(Id) || Id <- mnesia:select(archive_msg, Spec)].
