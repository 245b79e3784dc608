-- mod_archive_import: lets a signed-in user add old conversations to their own message archive
-- (XEP-0313), each message with its original date and correspondent.
--
-- Protocol: docs/protocol/archive-import.md (namespace urn:trasloco:archive-import:0).
-- Operator notes: server/prosody/README.md. Works with Prosody 0.12 and 13, internal and SQL storage.
--
-- Copyright the Trasloco authors. MIT licence, like Prosody.

local st = require "util.stanza";
local jid = require "util.jid";
local datetime = require "util.datetime";
local dataform = require "util.dataforms".new;
local sha256 = require "util.hashes".sha256;
local throttle = require "util.throttle";
local cache = require "util.cache";
local storagemanager = require "core.storagemanager";

local xmlns_import = "urn:trasloco:archive-import:0";
local feature_digest = xmlns_import .. "#digest"; -- the digest request (protocol section 8)
local xmlns_forward = "urn:xmpp:forward:0";
local xmlns_delay = "urn:xmpp:delay";
local xmlns_client = "jabber:client";
local xmlns_sid = "urn:xmpp:sid:0";

-- On a user host the module serves each user's own archive, the store mod_mam reads; on a
-- group-chat component (Component "conference.example.org" "muc") it serves the rooms' archives,
-- mod_muc_mam's "muc_log" store (see "Group chats" below). Without mod_mam or mod_muc_mam nobody
-- could read what it writes.
local on_muc = module:get_host_type() == "component";
if on_muc then
	if module:get_option_string("component_module") ~= "muc" then
		module:log_status("error", "mod_%s belongs on a VirtualHost or on a group-chat (muc) component", module.name);
		return false;
	end
	module:depends("muc_mam");
else
	module:depends("mam");
end

local host = module.host;
local store_name = on_muc and "muc_log" or module:get_option_string("archive_store", "archive");
local archive = module:open_store(store_name, "archive");

local max_items = module:get_option_number("archive_import_max_items", 250);
local max_item_size = module:get_option_number("archive_import_max_item_size", 16 * 1024);
local stanza_size_limit = module:get_option_number("c2s_stanza_size_limit", 256 * 1024);
local rate = module:get_option_number("archive_import_rate", 1000); -- messages per second per user; 0: no limit
local burst = math.max(module:get_option_number("archive_import_burst", 10 * max_items), max_items);
local future_tolerance = 300; -- seconds a clock may be ahead
local item_limit = module:get_option_number("storage_archive_item_limit", archive.caps and archive.caps.quota or nil);
local writer_option = module:get_option_string("archive_import_writer", "auto"); -- "auto", "batch" or "generic"

-- How long mod_mam (or, for rooms, mod_muc_mam) keeps messages, in seconds, or nil for "never"
-- (same rules as theirs; both default to one week).
local function retention_seconds(option)
	local value = module:get_option(option, "1w");
	if value == "never" or value == false then return nil; end
	if type(value) == "number" then return value; end
	local multipliers = { d = 86400, w = 86400 * 7, m = 86400 * 31, y = 86400 * 365.2425 };
	local n, unit = tostring(value):lower():match("(%d+)%s*([dwmy]?)");
	if not n then
		module:log("warn", "Cannot read %s = %q; advertising one week, the default", option, tostring(value));
		return 86400 * 7;
	end
	return math.floor(tonumber(n) * (multipliers[unit] or 1));
end
local retention = retention_seconds(on_muc and "muc_log_expires_after" or "archive_expires_after");

-- The largest import request a client should send: Prosody closes streams that send bigger stanzas.
local max_request_size = math.max(stanza_size_limit - 4096, 4096);

---------------------------------------------------------------------------------------------------
-- Discovery (disco#info feature + XEP-0128 form), on the server and on each account.

local limits_form = dataform {
	{ name = "FORM_TYPE", type = "hidden", value = xmlns_import .. "#limits" };
	{ name = "max-items", type = "text-single", datatype = "xs:integer" };
	{ name = "max-item-size", type = "text-single", datatype = "xs:integer" };
	{ name = "max-request-size", type = "text-single", datatype = "xs:integer" };
	{ name = "rate", type = "text-single", datatype = "xs:integer" };
	{ name = "archive-retention", type = "text-single" };
	{ name = "archive-item-limit", type = "text-single", datatype = "xs:integer" };
	{ name = "max-readdress-items", type = "text-single", datatype = "xs:integer" };
};
local limits = {
	["max-items"] = tostring(max_items);
	["max-item-size"] = tostring(max_item_size);
	["max-request-size"] = tostring(max_request_size);
	["rate"] = tostring(rate);
	["archive-retention"] = retention and tostring(retention) or "never";
	["archive-item-limit"] = item_limit and tostring(item_limit) or nil;
	-- Re-addressing (section 9.2): keys only, so many more per request than imports.
	["max-readdress-items"] = tostring(module:get_option_number("archive_import_max_readdress_items", 2000));
};
local limits_element = limits_form:form(limits, "result");

module:add_feature(xmlns_import);
module:add_feature(feature_digest);
module:add_extension(limits_element);
module:hook("account-disco-info", function(event)
	local reply = event.reply or event.stanza;
	reply:tag("feature", { var = xmlns_import }):up();
	reply:tag("feature", { var = feature_digest }):up();
	reply:add_child(st.clone(limits_element));
end);

---------------------------------------------------------------------------------------------------
-- Storage writers: one batch in one transaction (SQL) or one file write (internal storage); any
-- other storage through the generic per-message archive API. Each returns, per item, "added" or
-- "existing", and refuses the whole batch when it would exceed the item limit.

-- XEP-0082 date-time to seconds since the epoch. Faster than util.datetime.parse for the usual
-- "2019-03-02T17:20:05Z" shape (big imports parse one per message); anything else goes to it.
local function parse_stamp(stamp)
	local y, mo, d, h, mi, sec, rest = stamp:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)T(%d%d):(%d%d):(%d%d)(.*)$");
	if not y or (rest ~= "Z" and not rest:match("^%.%d+Z$")) then
		return datetime.parse(stamp);
	end
	y, mo, d = tonumber(y), tonumber(mo), tonumber(d);
	if mo < 1 or mo > 12 or d < 1 or d > 31 then return nil; end
	-- Days from civil (H. Hinnant's algorithm).
	if mo <= 2 then y = y - 1; end
	local era = (y >= 0 and y or y - 399) // 400;
	local yoe = y - era * 400;
	local doy = (153 * (mo > 2 and mo - 3 or mo + 9) + 2) // 5 + d - 1;
	local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy;
	local days = era * 146097 + doe - 719468;
	-- Whole seconds, as util.datetime.parse gives (archives store seconds).
	return days * 86400 + tonumber(h) * 3600 + tonumber(mi) * 60 + tonumber(sec);
end

local function marker(now)
	return st.stanza("imported", { xmlns = xmlns_import, at = datetime.datetime(now) });
end

local function generic_writer()
	local writer = { name = "generic" };
	function writer.existing(username, keys)
		local found = {};
		-- One query for the whole request where the store can look up several ids at once (internal
		-- storage reads the whole archive for every query: one get per id would read it 250 times).
		if archive.caps and archive.caps.ids then
			local iter = archive:find(username, { ids = keys });
			if iter then
				for key in iter do found[key] = true; end
				return found;
			end
		end
		for _, key in ipairs(keys) do
			if archive:get(username, key) then found[key] = true; end
		end
		return found;
	end
	function writer.count(username)
		-- nil when the store cannot count: its own append then enforces its quota.
		if not (archive.caps and archive.caps.total) then return nil; end
		local iter, total = archive:find(username, { total = true, limit = 0 });
		if not iter then return nil, total; end
		return total;
	end
	function writer.write(username, items)
		for _, item in ipairs(items) do
			local ok, err = archive:append(username, item.key, item.stanza, item.when, item.with);
			if not ok then return nil, err; end
		end
		return true;
	end
	return writer;
end

-- Internal storage keeps a user's archive as one list file of `item({…});` records, read whole by
-- every lookup (Prosody 0.12) and rewritten whole by every keyed append. Importing through that
-- costs each request time in proportion to the archive: quadratic for a whole history. This writer
-- instead keeps, per user, an index of what the file holds (keys, count, last live message) and
-- appends each request's items to the end of the file, in mod_storage_internal's own item format,
-- through Prosody's datamanager. The index is read from the file once and then kept up to date:
-- before each use it is checked against the file (same inode, same size, same last bytes); items
-- appended by others since (live messages archived by mod_mam) are read from where the index
-- ends, and anything else (a file rewritten by a deletion or expiry, removed, replaced) makes it
-- read the whole file again. Each request thus costs the same at 1,000 and at 1,000,000 items.
local function internal_writer()
	local dm = storagemanager.olddm;
	local lfs = require "lfs";
	-- Prosody 13 indexes list files (a .lidx beside each) and updates the index in list_append:
	-- there items go one by one through list_append. 0.12 has no index: one append of the whole
	-- request, which pposix makes all or nothing.
	local indexed_lists = dm.list_open ~= nil;
	local tail_size = 64;
	local indexes = cache.new(16); -- users importing at the same time; an evicted index is read again
	local writer = { name = "internal" };

	-- One item as the Lua text of the list file, `item({…});`: what datamanager's list_append writes
	-- for mod_storage_internal (the stanza's name, attributes and children, plus when, with, key),
	-- written directly from the stanza: three times faster than util.serialization, which imports
	-- would otherwise spend a fifth of their time in.
	local function quoted(text) return ("%q"):format(text); end
	local function number(n) return n % 1 == 0 and ("%d"):format(n) or ("%.17g"):format(n); end
	local function write_element(out, element)
		out[#out + 1] = "{name=" .. quoted(element.name) .. ";attr={";
		for name, value in pairs(element.attr) do out[#out + 1] = "[" .. quoted(name) .. "]=" .. quoted(value) .. ";"; end
		out[#out + 1] = "};";
		for _, child in ipairs(element) do
			if type(child) == "string" then
				out[#out + 1] = quoted(child) .. ";";
			else
				write_element(out, child);
				out[#out + 1] = ";";
			end
		end
		out[#out + 1] = "}";
	end
	local function record(item)
		local out = { "item(" };
		item.stanza.attr.stamp = datetime.datetime(item.when);
		write_element(out, item.stanza);
		out[#out] = "when=" .. number(item.when) .. ";with=" .. quoted(item.with) .. ";key=" .. quoted(item.key) .. "});\n";
		return table.concat(out);
	end

	local function path_of(username)
		return dm.getpath(username, host, store_name, "list");
	end

	local function read_range(path, from, length)
		local f = io.open(path, "rb");
		if not f then return nil; end
		f:seek("set", from);
		local data = f:read(length);
		f:close();
		return data;
	end

	-- Reads the records from `offset` to the end into `index`; returns the end offset.
	local function read_items(path, offset, index)
		local f, err = io.open(path, "rb");
		if not f then return nil, err; end
		f:seek("set", offset);
		local function on_item(item)
			if type(item) ~= "table" then return; end
			index.count = index.count + 1;
			if item.key then index.keys[item.key] = true; end
			local imported = false;
			for _, child in ipairs(item) do
				if type(child) == "table" and child.name == "imported" and child.attr
						and child.attr.xmlns == xmlns_import then
					imported = true;
					break;
				end
			end
			local when = item.when or (item.attr and item.attr.stamp and datetime.parse(item.attr.stamp)) or 0;
			if imported then
				index.oldest_after_live = math.min(index.oldest_after_live, when);
			else
				index.last_live, index.oldest_after_live = when, math.huge;
			end
		end
		local chunk;
		chunk, err = load(function() return f:read(65536); end, "=" .. path, "t", { item = on_item });
		local ok = chunk ~= nil;
		if ok then ok, err = pcall(chunk); end
		local finish = f:seek("end");
		f:close();
		if not ok then return nil, err; end
		return finish;
	end

	local function remember_file(index, path, attr, size)
		index.ino, index.dev, index.size = attr.ino, attr.dev, size;
		local from = math.max(0, size - tail_size);
		index.tail = size > 0 and read_range(path, from, size - from) or "";
	end

	local function unchanged_up_to_end(path, index)
		if index.size == 0 then return true; end
		local from = index.size - #index.tail;
		return read_range(path, from, #index.tail) == index.tail;
	end

	-- The user's index, checked against the file and brought up to date.
	function writer.load(username)
		local path = path_of(username);
		local index = indexes:get(username);
		local attr = lfs.attributes(path);
		if not attr then
			index = { keys = {}, count = 0, oldest_after_live = math.huge, size = 0, tail = "" };
			indexes:set(username, index);
			return index;
		end
		if index and index.ino == attr.ino and index.dev == attr.dev and attr.size >= index.size
				and unchanged_up_to_end(path, index) then
			if attr.size > index.size then
				local finish, err = read_items(path, index.size, index);
				if not finish then
					indexes:set(username, nil);
					return nil, err;
				end
				remember_file(index, path, attr, finish);
			end
			return index;
		end
		index = { keys = {}, count = 0, oldest_after_live = math.huge };
		local finish, err = read_items(path, 0, index);
		if not finish then
			indexes:set(username, nil);
			return nil, err;
		end
		remember_file(index, path, attr, finish);
		indexes:set(username, index);
		return index;
	end
	function writer.existing(_, keys, index)
		local found = {};
		for _, key in ipairs(keys) do
			if index.keys[key] then found[key] = true; end
		end
		return found;
	end
	function writer.count(_, index)
		return index.count;
	end
	-- The same answer as live_message_since() below, from the index: the last live item in archive
	-- order, when it and every item stored after it are at or after `since`.
	function writer.live_since(_, since, index)
		if index.last_live and index.last_live >= since and index.oldest_after_live >= since then
			return true, index.last_live;
		end
		return false;
	end
	function writer.write(username, items, index)
		-- The format of mod_storage_internal's archive items (0.12 and 13).
		local ok, err;
		if indexed_lists then
			for _, item in ipairs(items) do
				local value = st.preserialize(item.stanza);
				value.when = item.when;
				value.with = item.with;
				value.attr.stamp = datetime.datetime(item.when);
				value.key = item.key;
				ok, err = dm.list_append(username, host, store_name, value);
				if not ok then break; end
			end
		else
			local text = {};
			for i, item in ipairs(items) do text[i] = record(item); end
			ok, err = dm.append_raw(username, host, store_name, "list", table.concat(text));
		end
		local path = path_of(username);
		local attr = lfs.attributes(path);
		if not ok or not attr then
			indexes:set(username, nil); -- read the file again next time: whatever it now holds
			return nil, err or "the archive file is missing after writing";
		end
		for _, item in ipairs(items) do
			index.keys[item.key] = true;
			index.oldest_after_live = math.min(index.oldest_after_live, item.when);
		end
		index.count = index.count + #items;
		remember_file(index, path, attr, attr.size);
		return true;
	end
	-- After the file was rewritten with the same items in the same order (changed in place: same
	-- keys, times and live messages), the index holds; only the file it describes is new.
	function writer.rewritten(username)
		local index = indexes:get(username);
		local path = path_of(username);
		local attr = lfs.attributes(path);
		if index and attr then
			remember_file(index, path, attr, attr.size);
		elseif index then
			indexes:set(username, nil);
		end
	end
	return writer;
end

local function sql_engine()
	local params = module:get_option("sql", { driver = "SQLite3", database = "prosody.sqlite" });
	local database = params.database;
	if params.driver == "SQLite3" and database ~= ":memory:" then
		database = require "util.paths".resolve_relative_path(prosody.paths.data or ".", database or "prosody.sqlite");
	end
	for _, engine in pairs(module:shared("/*/sql/connections")) do
		local p = engine.params or {};
		if p.driver == params.driver and p.database == database and p.host == params.host and p.port == params.port then
			return engine;
		end
	end
end

local function sql_writer(engine)
	local writer = { name = "sql", engine = engine };
	local select_keys = [[SELECT "key" FROM "prosodyarchive" WHERE "host"=? AND "user"=? AND "store"=? AND "key" IN (%s);]];
	local count_sql = [[SELECT COUNT(*) FROM "prosodyarchive" WHERE "host"=? AND "user"=? AND "store"=?;]];
	local insert_sql = [[INSERT INTO "prosodyarchive" ("host", "user", "store", "when", "with", "key", "type", "value")
		VALUES (?,?,?,?,?,?,?,?);]];
	-- One transaction does it all, so the batch is stored whole or not at all, with one disk sync.
	function writer.transaction(f)
		local ok, outcome, detail = engine:transaction(f);
		if not ok then return "storage", outcome; end
		return outcome, detail;
	end
	function writer.existing(username, keys)
		local found = {};
		for first = 1, #keys, 100 do
			local chunk = { table.unpack(keys, first, math.min(first + 99, #keys)) };
			local sql = select_keys:format(("?,"):rep(#chunk - 1) .. "?");
			for row in engine:select(sql, host, username, store_name, table.unpack(chunk)) do found[row[1]] = true; end
		end
		return found;
	end
	function writer.count(username)
		for row in engine:select(count_sql, host, username, store_name) do return row[1]; end
		return 0;
	end
	function writer.write(username, items)
		-- The row format of mod_storage_sql (0.12 and 13): stanzas are stored as their XML text.
		for _, item in ipairs(items) do
			engine:insert(insert_sql, host, username, store_name, item.when, item.with or "", item.key, "xml", item.xml);
		end
		return true;
	end
	-- mod_storage_sql caches each user's item count (for its quota and for the total in MAM
	-- answers). Rows added behind its back make that count stale; any delete through its API
	-- forgets it, and a delete of a key no client can use removes nothing.
	function writer.after_write(username)
		archive:delete(username, { key = "archive-import: forget the cached count" });
	end
	return writer;
end

local function choose_writer()
	local _, driver_name = storagemanager.get_driver(host, store_name);
	if writer_option ~= "generic" then
		if driver_name == "internal" then
			-- The internal writer appends to mod_storage_internal's files in its item format, which
			-- is the same in 0.12 and 13. Other versions get it only when the operator asks for it.
			local version = tostring(prosody.version);
			if writer_option == "batch" or version:match("^0%.12%.") or version:match("^13%.") then
				return internal_writer();
			end
			module:log("info", "Prosody %s: internal storage written through the archive API; "
				.. "archive_import_writer = \"batch\" would append to its files directly", version);
		elseif driver_name == "sql" then
			local engine = sql_engine();
			if engine then return sql_writer(engine); end
			module:log("warn", "SQL storage, but its connection was not found: importing message by message");
		end
	end
	return generic_writer();
end

local writer; -- chosen on first use: storage drivers load lazily
local function get_writer()
	if not writer then
		writer = choose_writer();
		module:log("info", "Importing through the %s writer", writer.name);
	end
	return writer;
end

---------------------------------------------------------------------------------------------------
-- Rate limit: a token bucket of messages per user.

-- The user's bucket in `buckets`, made with `size` tokens refilled over `period` seconds.
local function user_bucket(buckets, username, size, period)
	local bucket = buckets:get(username);
	if not bucket then
		bucket = throttle.create(size, period);
		buckets:set(username, bucket);
	end
	return bucket;
end

local import_buckets = cache.new(1000);
local function take_tokens(username, n)
	if rate <= 0 then return true; end
	local ok, _, missing = user_bucket(import_buckets, username, burst, burst / rate):poll(n);
	if ok then return true; end
	return false, math.max(1, math.ceil((missing or n) / rate));
end

---------------------------------------------------------------------------------------------------
-- The import request.

local function refuse(origin, stanza, error_type, condition, text, app_condition, app_attr)
	local reply = st.error_reply(stanza, error_type, condition, text);
	if app_condition then
		local attr = app_attr or {};
		attr.xmlns = xmlns_import;
		reply:tag(app_condition, attr):up();
	end
	origin.send(reply);
	return true;
end

-- The parts every item has, checked: its message, key and original time, and `where` names it in
-- errors. Returns nil and the error parts (as read_item) when one is missing or wrong.
local function item_basics(forwarded, index, request)
	local delay = forwarded:get_child("delay", xmlns_delay);
	local message = forwarded:get_child("message", xmlns_client);
	if not message then
		return nil, "modify", "bad-request", "item " .. index .. ": no <message xmlns='jabber:client'/>", "invalid-item";
	end
	local origin_id = message:get_child("origin-id", xmlns_sid);
	local key = origin_id and origin_id.attr.id or message.attr.id;
	if not key or #key == 0 or #key > 128 or not key:match("^[%w%-%._:]+$") then
		return nil, "modify", "bad-request",
			"item " .. index .. ": needs an id (origin-id or message id) of letters, digits and -._:", "invalid-item";
	end
	local function where() return "item " .. index .. " (" .. key .. ")"; end
	local stamp = delay and delay.attr.stamp;
	local when = stamp and parse_stamp(stamp);
	if not when then
		return nil, "modify", "bad-request", where() .. ": needs <delay xmlns='urn:xmpp:delay' stamp='…'/>",
			"invalid-item", key;
	end
	if when > request.now + future_tolerance then
		return nil, "modify", "bad-request", where() .. ": its date is in the future", "invalid-item", key;
	end
	return { message = message, key = key, when = when, where = where };
end

-- The item as it is stored, from its checked basics: the message as sent, without ids or markers
-- claimed by the client (nor the children `drop` names), with our marker (and `extra`, a child
-- the server vouches for); nil and the error parts when it has no body or is too large.
local function finished_item(basics, with, request, drop, extra)
	local message, key, where = basics.message, basics.key, basics.where;
	local body = message:get_child_text("body");
	if not body or body == "" then
		return nil, "modify", "bad-request", where() .. ": needs a <body/>", "invalid-item", key;
	end
	-- The request is ours to change: it is not used again.
	message.attr.xmlns = nil;
	message:maptags(function(tag)
		if (tag.name == "stanza-id" and tag.attr.xmlns == xmlns_sid)
				or (tag.name == "imported" and tag.attr.xmlns == xmlns_import)
				or (drop and drop(tag)) then
			return nil;
		end
		return tag;
	end);
	if extra then message:add_child(extra); end
	message:add_child(request.marker);
	-- Serialized once: for the size check and for SQL storage, which stores this text.
	local xml = tostring(message);
	local size = #xml - request.marker_size;
	if size > max_item_size then
		return nil, "modify", "policy-violation", where() .. ": " .. size .. " bytes, more than " .. max_item_size,
			"item-too-large", key;
	end
	return { key = key, when = basics.when, with = with, stanza = message, xml = xml };
end

-- Checks one <forwarded/> of a user's import; returns the item or nil and the error parts.
-- `request` holds what the items of one request share: the user's JID, the time, the marker, the
-- JIDs already prepared.
local function read_item(forwarded, index, request)
	local basics, error_type, condition, text, app, app_key = item_basics(forwarded, index, request);
	if not basics then return nil, error_type, condition, text, app, app_key; end
	local message, key, where = basics.message, basics.key, basics.where;
	local from_bare, to_bare = request.bare(message.attr.from), request.bare(message.attr.to);
	if not from_bare or not to_bare then
		return nil, "modify", "jid-malformed", where() .. ": needs a valid 'from' and 'to'", "invalid-item", key;
	end
	local with;
	if from_bare == request.user_jid then
		with = to_bare;
	elseif to_bare == request.user_jid then
		with = from_bare;
	else
		return nil, "cancel", "forbidden", where() .. ": neither from nor to you; you can import only your own messages",
			"foreign-message", key;
	end
	local message_type = message.attr.type or "normal";
	if message_type ~= "chat" and message_type ~= "normal" then
		return nil, "modify", "bad-request", where() .. ": only messages of type chat or normal", "invalid-item", key;
	end
	return finished_item(basics, with, request);
end

-- The bare form of a JID after stringprep, or nil when it is not valid; remembered per request,
-- since a history names few people many times.
local function bare_jids()
	local known = {};
	return function(raw)
		if raw == nil then return nil; end
		local bare = known[raw];
		if bare == nil then
			local prepped = jid.prep(raw);
			bare = prepped and jid.bare(prepped) or false;
			known[raw] = bare;
		end
		return bare or nil;
	end
end

-- Whether the user's archive holds a live (not imported) message at or after `since` that no
-- item older than `since` follows: walking back from the newest item, a live one is met before an
-- older one. (Apps show the archive in this order: an import after such a message appears after it.)
local function live_message_since(username, since)
	local before;
	for _ = 1, 100 do -- at most 100 pages of 50: imported items after `since` are few in a chronological import
		local iter, err = archive:find(username, { reverse = true, limit = 50, before = before });
		if not iter then return nil, err; end
		local seen = 0;
		for key, item, when in iter do
			seen = seen + 1;
			if when < since then return false; end
			if not item:get_child("imported", xmlns_import) then return true, when; end
			before = key;
		end
		if seen < 50 then return false; end
	end
	return false;
end

-- The <forwarded/> items of an import request, each checked by `read`, distinct keys once (the
-- first); or nil after refusing the request.
local function request_items(origin, stanza, read, shared, who)
	local items, keys, seen = {}, {}, {};
	local index = 0;
	for forwarded in stanza.tags[1]:childtags("forwarded", xmlns_forward) do
		index = index + 1;
		if index > max_items then
			refuse(origin, stanza, "modify", "policy-violation",
				"At most " .. max_items .. " messages per request", "too-many-items", { max = tostring(max_items) });
			return nil;
		end
		local item, error_type, condition, text, app, key = read(forwarded, index, shared);
		if not item then
			module:log("debug", "Refusing import by %s: %s", who, text);
			refuse(origin, stanza, error_type, condition, text, app, key and { id = key } or nil);
			return nil;
		end
		if not seen[item.key] then
			seen[item.key] = true;
			table.insert(items, item);
			table.insert(keys, item.key);
		end
	end
	if index == 0 then
		refuse(origin, stanza, "modify", "bad-request", "No <forwarded/> messages in the request", "invalid-item");
		return nil;
	end
	return items, keys;
end

-- Stores the checked items of a request in the archive of `username` (a user, or a room on a
-- group-chat component) and answers: the rules of protocol section 5.2 from the rate on. `target`
-- names that archive in the log (`label`) and in refusals (`whose`, e.g. "Your archive").
local function store_items(origin, stanza, username, target, items, keys, rate_key)
	local request = stanza.tags[1];
	local accept_live = request.attr["accept-live"] == "true" or request.attr["accept-live"] == "1";
	local allowed, wait = take_tokens(rate_key, #items);
	if not allowed then
		return refuse(origin, stanza, "wait", "resource-constraint",
			"Too many messages at once; try again in " .. wait .. " seconds", "rate-limited", { ["retry-after"] = tostring(wait) });
	end

	local writer = get_writer();
	local loaded;
	if writer.load then
		local err;
		loaded, err = writer.load(username);
		if not loaded then
			module:log("error", "Could not read the archive of %s: %s", target.label, tostring(err));
			return refuse(origin, stanza, "wait", "internal-server-error", "The archive could not be read; try again later");
		end
	end
	-- A client sending several requests at once names the last message of the previous one: if that
	-- one is not stored (its request failed), this one must not be stored before it.
	local after = request.attr.after;
	if after and not writer.existing(username, { after }, loaded)[after] then
		return refuse(origin, stanza, "cancel", "unexpected-request",
			"The previous request's messages are not in " .. target.whose:lower() .. "; send them first", "out-of-order",
			{ after = after });
	end
	local existing = writer.existing(username, keys, loaded);
	local new, oldest = {}, nil;
	for _, item in ipairs(items) do
		if not existing[item.key] then
			table.insert(new, item);
			if not oldest or item.when < oldest then oldest = item.when; end
		end
	end
	if #new > 0 and not accept_live then
		local live, live_when;
		if writer.live_since then
			live, live_when = writer.live_since(username, oldest, loaded);
		else
			live, live_when = live_message_since(username, oldest);
		end
		if live then
			return refuse(origin, stanza, "cancel", "conflict",
				target.whose .. " already holds messages received since " .. datetime.datetime(live_when)
				.. "; apps would show the imported ones after them. Send accept-live='true' to import anyway.",
				"live-messages", { since = datetime.datetime(live_when) });
		elseif live == nil then
			module:log("error", "Could not read the archive of %s: %s", target.label, tostring(live_when));
			return refuse(origin, stanza, "wait", "internal-server-error", "The archive could not be read; try again later");
		end
	end
	if #new > 0 then
		local function store()
			if item_limit then
				local count = writer.count(username, loaded);
				if count and count + #new > item_limit then return "quota", count; end
			end
			local ok, err = writer.write(username, new, loaded);
			if not ok then return "storage", err; end
			return "stored";
		end
		local outcome, detail;
		if writer.transaction then
			outcome, detail = writer.transaction(store);
		else
			outcome, detail = store();
		end
		if outcome == "stored" and writer.after_write then
			writer.after_write(username);
		end
		if outcome == "quota" then
			return refuse(origin, stanza, "cancel", "resource-constraint",
				target.whose .. " holds " .. detail .. " messages; this server keeps at most " .. item_limit,
				"quota-reached", { limit = tostring(item_limit) });
		elseif outcome ~= "stored" then
			module:log("error", "Could not import into the archive of %s: %s", target.label, tostring(detail));
			return refuse(origin, stanza, "wait", "internal-server-error", "The archive could not be written; try again later");
		end
	end

	local added = 0;
	local reply = st.reply(stanza):tag("imported", { xmlns = xmlns_import });
	for _, item in ipairs(items) do
		local status = existing[item.key] and "existing" or "added";
		if status == "added" then added = added + 1; end
		reply:tag("item", { id = item.key, status = status }):up();
	end
	reply.tags[1].attr.added = tostring(added);
	reply.tags[1].attr.existing = tostring(#items - added);
	module:log("debug", "%s imported %d messages (%d already there) via %s storage", target.label, added, #items - added,
		writer.name);
	origin.send(reply);
	return true;
end

local function handle_import(event)
	local origin, stanza = event.origin, event.stanza;
	local username = origin.username;
	local user_jid = jid.join(username, host);
	local now = os.time();
	local imported = marker(now);
	local shared = { user_jid = user_jid, now = now, marker = imported, marker_size = #tostring(imported),
		bare = bare_jids() };
	local items, keys = request_items(origin, stanza, read_item, shared, user_jid);
	if not items then return true; end
	return store_items(origin, stanza, username, { label = user_jid, whose = "Your archive" }, items, keys, username);
end

---------------------------------------------------------------------------------------------------
-- The digest request: what the archive holds of the imported history, in one pass over it, so a
-- client can confirm a whole upload without paging through MAM (on internal storage each MAM page
-- reads the whole archive: a read-back page by page costs time in proportion to the square of its
-- size). Per conversation (`with`): the number of imported items and a SHA-256 over them.

-- The digest of one item, in hex: SHA-256 over its key, archive time, bare sender, bare recipient,
-- body and XEP-0066 links (joined by spaces), each as a 4-byte big-endian length and its UTF-8 bytes.
-- A conversation's digest is SHA-256 over its items' digests (hex, sorted, concatenated): hex sorts
-- the same in any collation, so the order does not depend on the server's locale.
-- The text of the first child element called `name` in the parent's namespace (a stored message's
-- children may carry xmlns='jabber:client' while the message itself no longer does).
local function child_text(parent, name, xmlns)
	for _, tag in ipairs(parent.tags) do
		if tag.name == name and (tag.attr.xmlns == nil or tag.attr.xmlns == xmlns) then return tag:get_text(); end
	end
end

-- The digest of one stored message (protocol 8.3): its key, time, two parties, body and links.
local function fields_digest(key, when, sender, other, stanza)
	local links = {};
	for x in stanza:childtags("x", "jabber:x:oob") do
		local url = child_text(x, "url", "jabber:x:oob");
		if url then table.insert(links, url); end
	end
	return sha256(string.pack(">s4>s4>s4>s4>s4>s4", key, datetime.datetime(when), sender, other,
		child_text(stanza, "body", xmlns_client) or "", table.concat(links, " ")), true);
end

local function item_digest(key, stanza, when)
	return fields_digest(key, when, (stanza.attr.from or ""):match("^[^/]*"), (stanza.attr.to or ""):match("^[^/]*"),
		stanza);
end

local digest_buckets = cache.new(1000);

-- Answers a digest request about the archive of `username` (a user, or a room on a group-chat
-- component; `label` names it in the log): its imported items from `start` on, grouped by
-- `conversation_of(with)`, each summed up by `digest_of(key, stanza, when)`.
local function answer_digest(origin, stanza, username, label, rate_key, conversation_of, digest_of)
	local request = stanza.tags[1];
	local start;
	if request.attr.start then
		start = parse_stamp(request.attr.start);
		if not start then
			return refuse(origin, stanza, "modify", "bad-request", "start must be an XEP-0082 date-time");
		end
	end
	-- Each digest reads the whole archive: ten a minute are plenty for a client.
	if not user_bucket(digest_buckets, rate_key, 10, 60):poll(1) then
		return refuse(origin, stanza, "wait", "resource-constraint", "Too many digest requests; try again in 10 seconds",
			"rate-limited", { ["retry-after"] = "10" });
	end
	local iter, err = archive:find(username, { start = start });
	if not iter then
		if err == "item-not-found" then iter = function() end; else
			module:log("error", "Could not read the archive of %s: %s", label, tostring(err));
			return refuse(origin, stanza, "wait", "internal-server-error", "The archive could not be read; try again later");
		end
	end
	local groups, withs, total = {}, {}, 0;
	for key, item, when, with in iter do
		if item:get_child("imported", xmlns_import) then
			with = conversation_of(with);
			local group = groups[with];
			if not group then
				group = {};
				groups[with] = group;
				table.insert(withs, with);
			end
			table.insert(group, digest_of(key, item, when));
			total = total + 1;
		end
	end
	table.sort(withs);
	local reply = st.reply(stanza):tag("digest", { xmlns = xmlns_import, items = tostring(total) });
	for _, with in ipairs(withs) do
		local group = groups[with];
		table.sort(group);
		reply:tag("conversation", { with = with, items = tostring(#group), sha256 = sha256(table.concat(group), true) }):up();
	end
	origin.send(reply);
	return true;
end

local function handle_digest(event)
	local username = event.origin.username;
	return answer_digest(event.origin, event.stanza, username, jid.join(username, host), username,
		function(with) return with or ""; end, item_digest);
end

---------------------------------------------------------------------------------------------------
-- Changing imported items (protocol section 9): re-addressing them to another correspondent (an
-- invited person's real address replaces the placeholder their history was filed under) and
-- replacing them with a new version (a message whose attachment was uploaded later). Only items
-- that carry the imported marker, only in the requesting user's own archive, each request whole or
-- not at all. An item keeps its key, archive time and place in the archive: MAM paging, the
-- live-message rule and idempotency stay as they were, and the digest reads the change at once.

local feature_readdress = xmlns_import .. "#readdress";
local feature_replace = xmlns_import .. "#replace";
local max_readdress_items = module:get_option_number("archive_import_max_readdress_items", 2000);
local xml_parse = require "util.xml".parse;

local function is_imported(stanza)
	return stanza:get_child("imported", xmlns_import) ~= nil;
end

-- A way to read some of a user's items by key and to write changed versions back all at once, per
-- storage: `get(key)` gives the stanza, its archive time and `with` (nil when there is no such
-- item); `set(key, stanza, with)` keeps a change; `commit()` writes the changes.

-- Internal storage: the user's list file read once, changed in memory and written back in one
-- atomic store (a scratch file renamed over it). Prosody handles one event at a time, so no live
-- message is archived between the read and the write.
local function internal_changes(username)
	local dm = storagemanager.olddm;
	local items, err = dm.list_load(username, host, store_name);
	if not items then
		if err then return nil, err; end
		items = {};
	end
	local position = {};
	for i, item in ipairs(items) do
		if item.key then position[item.key] = i; end
	end
	local changed = false;
	local changes = {};
	function changes.get(key)
		local item = items[position[key] or 0];
		if not item then return nil; end
		local copy = st.deserialize(item);
		copy.attr.stamp, copy.attr.stamp_legacy = nil, nil;
		return copy, item.when or datetime.parse(item.attr.stamp), item.with;
	end
	function changes.set(key, stanza, with)
		local i = position[key];
		local old = items[i];
		local value = st.preserialize(stanza);
		value.key, value.when, value.with = key, old.when, with;
		value.attr.stamp = old.attr.stamp or datetime.datetime(old.when);
		items[i] = value;
		changed = true;
	end
	function changes.commit()
		if not changed then return true; end
		local ok, store_err = dm.list_store(username, host, store_name, items);
		if not ok then return nil, store_err or "the archive file could not be written"; end
		get_writer().rewritten(username);
		return true;
	end
	return changes;
end

-- SQL storage: rows read and updated in mod_storage_sql's format, inside the caller's transaction.
local function sql_changes(engine, username)
	local select_sql = [[SELECT "when", "with", "type", "value" FROM "prosodyarchive"
		WHERE "host"=? AND "user"=? AND "store"=? AND "key"=?;]];
	local update_sql = [[UPDATE "prosodyarchive" SET "with"=?, "type"='xml', "value"=?
		WHERE "host"=? AND "user"=? AND "store"=? AND "key"=?;]];
	local pending = {};
	local changes = {};
	function changes.get(key)
		for row in engine:select(select_sql, host, username, store_name, key) do
			local when, with, kind, value = row[1], row[2], row[3], row[4];
			if kind ~= "xml" then return nil; end
			local stanza = xml_parse(value);
			if not stanza then return nil; end
			return stanza, when, with ~= "" and with or nil;
		end
	end
	function changes.set(key, stanza, with)
		table.insert(pending, { key = key, stanza = stanza, with = with });
	end
	function changes.commit()
		for _, change in ipairs(pending) do
			engine:update(update_sql, change.with, tostring(change.stanza), host, username, store_name, change.key);
		end
		return true;
	end
	return changes;
end

-- Any other storage that can change items: Prosody's archive API, item by item.
local function generic_changes(username)
	local pending = {};
	local changes = {};
	function changes.get(key)
		local stanza, when, with = archive:get(username, key);
		if not stanza then return nil; end
		return stanza, when, with;
	end
	function changes.set(key, stanza, with)
		table.insert(pending, { key = key, stanza = stanza, with = with });
	end
	function changes.commit()
		for _, change in ipairs(pending) do
			local _, when = archive:get(username, change.key);
			local ok, err = archive:set(username, change.key, change.stanza, when, change.with);
			if not ok then return nil, err; end
		end
		return true;
	end
	return changes;
end

local function can_change()
	return type(archive.set) == "function";
end

-- Runs `decide(key, stanza, with)` on each named item of the user's archive and stores what it
-- decides, all or nothing. `decide` returns a status, and a new stanza and `with` to store (none to
-- leave the item as it is), or nil and the error parts. A key that names no imported item refuses the
-- whole request. Returns the statuses by key, or nil and the error parts.
local function change_items(username, keys, decide)
	local writer = get_writer();
	local function work()
		local changes, err;
		if writer.name == "internal" then
			changes, err = internal_changes(username);
		elseif writer.name == "sql" then
			changes = sql_changes(writer.engine, username);
		else
			changes = generic_changes(username);
		end
		if not changes then
			return nil, { "wait", "internal-server-error", "The archive could not be read; try again later", nil, nil, err };
		end
		local statuses, decided = {}, {};
		for _, key in ipairs(keys) do
			local stanza, _, with = changes.get(key);
			if not stanza or not is_imported(stanza) then
				return nil, { "cancel", "item-not-found", key .. ": no message imported under this id in your archive",
					"not-imported", { id = key } };
			end
			local status, new_stanza, new_with = decide(key, stanza, with);
			if not status then
				return nil, new_stanza; -- the error parts
			end
			statuses[key] = status;
			if new_stanza then
				table.insert(decided, { key = key, stanza = new_stanza, with = new_with });
			end
		end
		for _, change in ipairs(decided) do
			changes.set(change.key, change.stanza, change.with);
		end
		local ok, commit_err = changes.commit();
		if not ok then
			return nil, { "wait", "internal-server-error", "The archive could not be written; try again later", nil, nil,
				commit_err };
		end
		return statuses;
	end
	if writer.transaction then
		-- The SQL writer's transaction returns ("storage", error) when the database fails.
		local ok, outcome, detail = writer.engine:transaction(work);
		if not ok then
			return nil, { "wait", "internal-server-error", "The archive could not be written; try again later", nil, nil,
				outcome };
		end
		return outcome, detail;
	end
	return work();
end

local function is_key(key)
	return key ~= nil and #key > 0 and #key <= 128 and key:match("^[%w%-%._:]+$") ~= nil;
end

-- A bare JID after stringprep, or nil when the text is not one (a full JID is not).
local function bare_only(text)
	local prepped = text and jid.prep(text);
	if not prepped or select(3, jid.split(prepped)) ~= nil then return nil; end
	return prepped;
end

local function refuse_change(origin, stanza, user_jid, err)
	local error_type, condition, text, app, app_attr, detail = table.unpack(err);
	if detail then
		module:log("error", "Could not change the archive of %s: %s", user_jid, tostring(detail));
	end
	return refuse(origin, stanza, error_type, condition, text, app, app_attr);
end

-- Counts and one <item/> per key, in request order.
local function change_reply(stanza, name, keys, statuses, counted)
	local counts = {};
	for _, status in ipairs(counted) do counts[status] = 0; end
	local reply = st.reply(stanza):tag(name, { xmlns = xmlns_import });
	for _, key in ipairs(keys) do
		counts[statuses[key]] = counts[statuses[key]] + 1;
		reply:tag("item", { id = key, status = statuses[key] }):up();
	end
	for status, count in pairs(counts) do reply.tags[1].attr[status] = tostring(count); end
	return reply;
end

-- The keys a re-addressing request names, each once, or nil and the error parts (as for refuse).
local function readdress_keys(request)
	local keys, seen = {}, {};
	for item in request:childtags("item", xmlns_import) do
		local key = item.attr.id;
		if not is_key(key) then
			return nil, { "modify", "bad-request", "each <item/> needs the id of a message",
				"invalid-item", key and key ~= "" and #key <= 128 and { id = key } or nil };
		end
		if not seen[key] then
			seen[key] = true;
			table.insert(keys, key);
			if #keys > max_readdress_items then
				return nil, { "modify", "policy-violation", "At most " .. max_readdress_items .. " messages per request",
					"too-many-items", { max = tostring(max_readdress_items) } };
			end
		end
	end
	if #keys == 0 then
		return nil, { "modify", "bad-request", "No <item/> in the request", "invalid-item" };
	end
	return keys;
end

local function handle_readdress(event)
	local origin, stanza = event.origin, event.stanza;
	local username = origin.username;
	local user_jid = jid.join(username, host);
	local request = stanza.tags[1];
	local old, new = bare_only(request.attr.from), bare_only(request.attr.to);
	if not old or not new then
		return refuse(origin, stanza, "modify", "jid-malformed", "from and to must be bare addresses");
	end
	if old == new or old == user_jid or new == user_jid then
		return refuse(origin, stanza, "modify", "bad-request",
			"from and to must be two different correspondents, neither of them you", "invalid-item");
	end
	local keys, err = readdress_keys(request);
	if not keys then return refuse(origin, stanza, table.unpack(err)); end
	local allowed, wait = take_tokens(username, #keys);
	if not allowed then
		return refuse(origin, stanza, "wait", "resource-constraint",
			"Too many messages at once; try again in " .. wait .. " seconds", "rate-limited", { ["retry-after"] = tostring(wait) });
	end
	local statuses, err = change_items(username, keys, function(key, item, with)
		if with == new then return "unchanged"; end
		if with ~= old then
			return nil, { "cancel", "conflict", key .. ": filed under another correspondent", "other-correspondent",
				{ id = key } };
		end
		for _, name in ipairs({ "from", "to" }) do
			local address = item.attr[name];
			local prepped = address and jid.prep(address);
			if prepped and jid.bare(prepped) == old then item.attr[name] = new; end
		end
		return "moved", item, new;
	end);
	if not statuses then return refuse_change(origin, stanza, user_jid, err); end
	module:log("debug", "%s re-addressed %d messages from %s to %s", user_jid, #keys, old, new);
	origin.send(change_reply(stanza, "readdressed", keys, statuses, { "moved", "unchanged" }));
	return true;
end

local function handle_replace(event)
	local origin, stanza = event.origin, event.stanza;
	local username = origin.username;
	local user_jid = jid.join(username, host);
	local request = stanza.tags[1];
	local now = os.time();
	local imported = marker(now);
	local shared = { user_jid = user_jid, now = now, marker = imported, marker_size = #tostring(imported),
		bare = bare_jids() };
	local items, keys = {}, {};
	local index = 0;
	for forwarded in request:childtags("forwarded", xmlns_forward) do
		index = index + 1;
		if index > max_items then
			return refuse(origin, stanza, "modify", "policy-violation",
				"At most " .. max_items .. " messages per request", "too-many-items", { max = tostring(max_items) });
		end
		local item, error_type, condition, text, app, key = read_item(forwarded, index, shared);
		if not item then
			return refuse(origin, stanza, error_type, condition, text, app, key and { id = key } or nil);
		end
		if not items[item.key] then
			items[item.key] = item;
			table.insert(keys, item.key);
		end
	end
	if index == 0 then
		return refuse(origin, stanza, "modify", "bad-request", "No <forwarded/> messages in the request", "invalid-item");
	end
	local allowed, wait = take_tokens(username, #keys);
	if not allowed then
		return refuse(origin, stanza, "wait", "resource-constraint",
			"Too many messages at once; try again in " .. wait .. " seconds", "rate-limited", { ["retry-after"] = tostring(wait) });
	end
	local statuses, err = change_items(username, keys, function(key)
		return "replaced", items[key].stanza, items[key].with;
	end);
	if not statuses then return refuse_change(origin, stanza, user_jid, err); end
	module:log("debug", "%s replaced %d imported messages", user_jid, #keys);
	origin.send(change_reply(stanza, "replaced", keys, statuses, { "replaced" }));
	return true;
end

-- Only users' own archives: a room's archive takes imports and digests (see "Group chats" below).
if can_change() and not on_muc then
	module:add_feature(feature_readdress);
	module:add_feature(feature_replace);
	module:hook("account-disco-info", function(event)
		local reply = event.reply or event.stanza;
		reply:tag("feature", { var = feature_readdress }):up();
		reply:tag("feature", { var = feature_replace }):up();
	end);
end

-- Only this module's items carry the imported marker: a marker in a message that passes through
-- the server (sent by a local user, or arriving for one) is removed before mod_mam archives it,
-- so that nobody can make a live message look imported, and so changeable.
local function strip_marker(event)
	local stanza = event.stanza;
	if stanza:get_child("imported", xmlns_import) then
		stanza:maptags(function(tag)
			if tag.name == "imported" and tag.attr.xmlns == xmlns_import then return nil; end
			return tag;
		end);
	end
end
for _, name in ipairs({ "pre-message/bare", "pre-message/full", "message/bare", "message/full" }) do
	module:hook(name, strip_marker, 10); -- before mod_mam archives (priority 0)
end

-- Requests come only from signed-in users, about their own archive. Every request gets an answer,
-- even when something unforeseen fails: a client waiting for one would otherwise time out and send
-- the same request again and again.
local function guarded(handler, what)
	return function(event)
		local ok, handled = xpcall(handler, debug.traceback, event);
		if ok then return handled; end
		module:log("error", "%s request failed: %s", what, tostring(handled));
		return refuse(event.origin, event.stanza, "cancel", "internal-server-error",
			"The request failed because of an error in the server; its administrator can see it in the log");
	end
end
local function answering(handler, what)
	local answer = guarded(handler, what);
	return function(event)
		if event.origin.type ~= "c2s" or not event.origin.username then
			return refuse(event.origin, event.stanza, "auth", "forbidden", "Sign in to use your archive");
		end
		return answer(event);
	end
end
module:hook("iq-set/self/" .. xmlns_import .. ":import", answering(handle_import, "Import"));
module:hook("iq-get/self/" .. xmlns_import .. ":digest", answering(handle_digest, "Digest"));
if can_change() and not on_muc then
	module:hook("iq-set/self/" .. xmlns_import .. ":readdress", answering(handle_readdress, "Re-address"));
	module:hook("iq-set/self/" .. xmlns_import .. ":replace", answering(handle_replace, "Replace"));
end

---------------------------------------------------------------------------------------------------
-- Places in group chats for invited people (protocol section 10.7). A user who made a contact
-- invitation (XEP-0401, Prosody's mod_invites) names the rooms they own where its invitee belongs,
-- each with the nickname the group's history gives that person and the text of the room's
-- invitation. When someone creates an account with that invitation, the server makes the new
-- account a member of each room (the nickname reserved for it) and passes on the user's invitation
-- to the room (XEP-0249), so the newcomer is in the group chat from the moment they join, whether or
-- not the user is online then.

local feature_places = xmlns_import .. "#places";
local places_store; -- opened on a user host (below)
local modulemanager = require "core.modulemanager";
local new_id = require "util.id".medium;
local xmlns_conference = "jabber:x:conference";
local max_place_invitations = module:get_option_number("archive_import_max_place_invitations", 200);
local max_places = module:get_option_number("archive_import_max_places", 20); -- rooms per invitation
local max_reason = 2000; -- bytes of an invitation's text
local max_nick = 256; -- bytes of a nickname

-- mod_invites of this host, when it is loaded (it keeps the invitations).
local function invites()
	return modulemanager.get_module(host, "invites");
end

-- The room `room_jid` on a group-chat service of this server, or nil.
local function local_room(room_jid)
	local node, room_host, resource = jid.split(room_jid);
	if not node or resource then return nil; end
	local muc = modulemanager.get_module(room_host, "muc");
	local room = muc and muc.get_room_from_jid and muc.get_room_from_jid(room_jid);
	if not room or room._data.destroyed then return nil; end
	return room;
end

-- One <invitation token='…'> of a request, checked: the places it names, or nil and the error parts.
local function read_invitation(invitation, username, user_jid)
	local token = invitation.attr.token;
	if not token or token == "" or not invites().get(token, username) then
		return nil, { "cancel", "item-not-found", "You have no open invitation " .. tostring(token),
			"unknown-invitation", { token = token } };
	end
	local places, seen = {}, {};
	for tag in invitation:childtags("room", xmlns_import) do
		local room_jid = bare_only(tag.attr.jid);
		local nick = tag.attr.nick;
		local reason = tag:get_text();
		if not room_jid or seen[room_jid] then
			return nil, { "modify", "jid-malformed", "each <room/> needs a different room's bare address", "invalid-item",
				{ token = token } };
		end
		if not nick or nick == "" or #nick > max_nick or (reason and #reason > max_reason) then
			return nil, { "modify", "bad-request", "each <room/> needs a nickname (at most " .. max_nick
				.. " bytes) and an invitation text of at most " .. max_reason .. " bytes", "invalid-item", { token = token } };
		end
		local room = local_room(room_jid);
		if not room then
			return nil, { "cancel", "item-not-found", "There is no room " .. room_jid .. " on this server" };
		end
		if room:get_affiliation(user_jid) ~= "owner" then
			return nil, { "auth", "forbidden", "You are not an owner of " .. room_jid, "not-owner", { room = room_jid } };
		end
		seen[room_jid] = true;
		places[#places + 1] = { room = room_jid, nick = nick, reason = reason ~= "" and reason or nil };
		if #places > max_places then
			return nil, { "modify", "policy-violation", "At most " .. max_places .. " rooms per invitation" };
		end
	end
	return { token = token, places = places };
end

-- The places a user keeps, without those of invitations that can no longer be used and nobody used.
local function kept_places(username)
	local kept = places_store:get(username) or {};
	local api = invites();
	for token, entry in pairs(kept) do
		if not entry.joined and not (api and api.get(token, username)) then
			kept[token] = nil;
		end
	end
	return kept;
end

local function handle_places_set(event)
	local origin, stanza = event.origin, event.stanza;
	local username = origin.username;
	local user_jid = jid.join(username, host);
	local changes, count = {}, 0;
	for invitation in stanza.tags[1]:childtags("invitation", xmlns_import) do
		count = count + 1;
		if count > max_place_invitations then
			return refuse(origin, stanza, "modify", "policy-violation",
				"At most " .. max_place_invitations .. " invitations per request");
		end
		local read, err = read_invitation(invitation, username, user_jid);
		if not read then return refuse_change(origin, stanza, user_jid, err); end
		changes[read.token] = read.places;
	end
	if count == 0 then
		return refuse(origin, stanza, "modify", "bad-request", "Name at least one <invitation token='…'/>");
	end
	local kept = kept_places(username);
	for token, places in pairs(changes) do
		kept[token] = #places > 0 and { places = places } or nil;
	end
	local ok, err = places_store:set(username, kept);
	if not ok then
		return refuse_change(origin, stanza, user_jid, { "wait", "internal-server-error",
			"The server could not keep the places", nil, nil, err });
	end
	origin.send(st.reply(stanza));
	return true;
end

local function handle_places_get(event)
	local origin, stanza = event.origin, event.stanza;
	local reply = st.reply(stanza):tag("places", { xmlns = xmlns_import });
	for token, entry in pairs(kept_places(origin.username)) do
		reply:tag("invitation", { token = token, joined = entry.joined,
			["joined-at"] = entry.joined_at and datetime.datetime(entry.joined_at) or nil });
		for _, place in ipairs(entry.places) do
			reply:tag("room", { jid = place.room, nick = place.nick, member = entry.members and entry.members[place.room] });
			if place.reason then reply:text(place.reason); end
			reply:up();
		end
		reply:up();
	end
	origin.send(reply);
	return true;
end

-- Someone created an account with an invitation: their places, if its maker kept any.
local function seat_newcomer(event)
	local invite = event.validated_invite or (event.session and event.session.validated_invite);
	if not invite or not invite.inviter or not invite.token then return; end
	local kept = places_store:get(invite.inviter);
	local entry = kept and kept[invite.token];
	if not entry or entry.joined then return; end
	local inviter_jid = jid.join(invite.inviter, host);
	local newcomer = jid.join(event.username, host);
	entry.joined, entry.joined_at, entry.members = newcomer, os.time(), {};
	for _, place in ipairs(entry.places) do
		local room = local_room(place.room);
		-- Only while the user still owns the room; someone already affiliated keeps their affiliation.
		if room and room:get_affiliation(inviter_jid) == "owner" then
			local affiliation = room:get_affiliation(newcomer);
			local ok, _, condition = true, nil, nil;
			if not affiliation or affiliation == "none" then
				ok, _, condition = room:set_affiliation(true, newcomer, "member", nil, { reserved_nickname = place.nick });
			end
			if ok then
				entry.members[place.room] = "true";
				local invitation = st.message({ from = inviter_jid, to = newcomer, type = "normal", id = new_id() });
				if place.reason then invitation:text_tag("body", place.reason); end
				invitation:tag("x", { xmlns = xmlns_conference, jid = place.room, reason = place.reason }):up();
				module:send(invitation);
			else
				module:log("warn", "Could not make %s a member of %s: %s", newcomer, place.room, tostring(condition));
			end
		end
	end
	local ok, err = places_store:set(invite.inviter, kept);
	if not ok then
		module:log("error", "Could not record that %s joined the places of %s: %s", newcomer, inviter_jid, tostring(err));
	end
	module:log("info", "%s joined with an invitation of %s: member of %d group chats", newcomer, inviter_jid,
		#entry.places);
end

if not on_muc then
	places_store = module:open_store("archive_import_places");
	module:hook("account-disco-info", function(event)
		if invites() then
			(event.reply or event.stanza):tag("feature", { var = feature_places }):up();
		end
	end);
	module:hook("iq-set/self/" .. xmlns_import .. ":places", answering(function(event)
		if not invites() then
			return refuse(event.origin, event.stanza, "cancel", "feature-not-implemented", "This server makes no invitations");
		end
		return handle_places_set(event);
	end, "Places"));
	module:hook("iq-get/self/" .. xmlns_import .. ":places", answering(handle_places_get, "Places"));
	module:hook("user-registered", function(event)
		local ok, err = xpcall(seat_newcomer, debug.traceback, event);
		if not ok then module:log("error", "Places of a newcomer failed: %s", tostring(err)); end
	end);
end

module:log("info", "Archive import ready: %d messages per request, %s per second, archive kept %s",
	max_items, rate > 0 and tostring(rate) or "no limit", retention and (retention .. " s") or "forever");

---------------------------------------------------------------------------------------------------
-- Group chats (protocol section 10). On a group-chat component with mod_muc_mam, an owner of a room
-- imports a group's history into the room's archive, mod_muc_mam's "muc_log" store: each message
-- from the room under its author's nickname, with the author's real address when that person is
-- affiliated with the room, stored as mod_muc_mam stores the room's live messages (no recipient,
-- `with` "message<groupchat"). Same checks, limits, idempotency, live-message rule and digest as
-- for one's own archive.

if not on_muc then return; end

local xmlns_muc_user = "http://jabber.org/protocol/muc#user";
local room_with = "message<groupchat"; -- how mod_muc_mam files a room's messages
local get_room_from_jid = module:depends("muc").get_room_from_jid;

-- The room a request is addressed to, or nil when there is none (or it was destroyed).
local function addressed_room(stanza)
	local room_jid = jid.bare(stanza.attr.to);
	local room = room_jid and get_room_from_jid(room_jid);
	if not room or room._data.destroyed then return nil, room_jid; end
	return room, room_jid;
end

local member_affiliations = { owner = true, admin = true, member = true };

-- Checks one <forwarded/> of an import into a room; returns the item or nil and the error parts.
-- `request` holds the room (`room`, `room_jid`) besides what read_item's holds.
local function read_room_item(forwarded, index, request)
	local basics, error_type, condition, text, app, app_key = item_basics(forwarded, index, request);
	if not basics then return nil, error_type, condition, text, app, app_key; end
	local message, key, where = basics.message, basics.key, basics.where;
	if message.attr.type ~= "groupchat" then
		return nil, "modify", "bad-request", where() .. ": only messages of type groupchat", "invalid-item", key;
	end
	local from = message.attr.from and jid.prep(message.attr.from);
	local _, _, nick = jid.split(from);
	if not from or jid.bare(from) ~= request.room_jid or not nick or nick == "" then
		return nil, "modify", "jid-malformed",
			where() .. ": 'from' must be the room's address with the author's nickname, " .. request.room_jid .. "/Nick",
			"invalid-item", key;
	end
	if message.attr.to and request.bare(message.attr.to) ~= request.room_jid then
		return nil, "modify", "jid-malformed", where() .. ": 'to' may only be the room's address", "invalid-item", key;
	end
	-- The author's real address, vouched for by the room's affiliations, as mod_muc_mam stores it
	-- for a live message of a non-anonymous room (and strips it when the room hides real addresses).
	local real;
	local occupant = message:get_child("x", xmlns_muc_user);
	if occupant then
		local item = occupant:get_child("item");
		real = item and item.attr.jid and request.bare(item.attr.jid);
		if not real then
			return nil, "modify", "jid-malformed", where() .. ": <x xmlns='" .. xmlns_muc_user
				.. "'> needs <item jid='…'/> with the author's address", "invalid-item", key;
		end
		if not member_affiliations[request.room:get_affiliation(real) or "none"] then
			return nil, "cancel", "forbidden", where() .. ": " .. real .. " is not a member of the room; add them first"
				.. " or leave out their address", "not-a-member", key;
		end
	end
	message.attr.from = from;
	message.attr.to = nil;
	local vouched = real and st.stanza("x", { xmlns = xmlns_muc_user }):tag("item", { jid = real }):up();
	return finished_item(basics, room_with, request,
		function(tag) return tag.name == "x" and tag.attr.xmlns == xmlns_muc_user; end, vouched);
end

-- The room a request is addressed to, its address and the sender, when the sender owns the room;
-- otherwise nil, after refusing the request (`what` says what only an owner may do).
local function owned_room(origin, stanza, what)
	local room, room_jid = addressed_room(stanza);
	if not room then
		refuse(origin, stanza, "cancel", "item-not-found", "There is no room " .. tostring(room_jid));
		return nil;
	end
	local actor = jid.bare(stanza.attr.from);
	if room:get_affiliation(actor) ~= "owner" then
		refuse(origin, stanza, "auth", "forbidden", "Only an owner of " .. room_jid .. " can " .. what, "not-owner");
		return nil;
	end
	return room, room_jid, actor;
end

local function handle_room_import(event)
	local origin, stanza = event.origin, event.stanza;
	local room, room_jid, actor = owned_room(origin, stanza, "import into its archive");
	if not room then return true; end
	local now = os.time();
	local imported = marker(now);
	local shared = { room = room, room_jid = room_jid, now = now, marker = imported,
		marker_size = #tostring(imported), bare = bare_jids() };
	local items, keys = request_items(origin, stanza, read_room_item, shared, actor);
	if not items then return true; end
	return store_items(origin, stanza, (jid.split(room_jid)), { label = room_jid, whose = "The room's archive" },
		items, keys, actor);
end

-- The digest of one imported room message: as item_digest, with the author's nickname kept in the
-- sender (the full `from`) and the author's real address, or nothing, in place of the recipient.
local function room_item_digest(key, stanza, when)
	local occupant = stanza:get_child("x", xmlns_muc_user);
	local item = occupant and occupant:get_child("item");
	return fields_digest(key, when, stanza.attr.from or "", item and item.attr.jid or "", stanza);
end

local function handle_room_digest(event)
	local origin, stanza = event.origin, event.stanza;
	local room, room_jid = addressed_room(stanza);
	if not room then
		return refuse(origin, stanza, "cancel", "item-not-found", "There is no room " .. tostring(room_jid));
	end
	-- Whoever may read the room's archive through MAM (mod_muc_mam's rule) may ask for its digest.
	local actor = jid.bare(stanza.attr.from);
	local affiliation = room:get_affiliation(actor);
	if affiliation == "outcast" or (room:get_members_only() and not affiliation) then
		return refuse(origin, stanza, "auth", "forbidden", "Only the room's members can read its archive");
	end
	return answer_digest(origin, stanza, (jid.split(room_jid)), room_jid, actor,
		function() return room_jid; end, room_item_digest);
end

-- Re-addressing in a room (protocol section 10.8): its owner gives the imported messages written
-- under a nickname the real address of that author, once they belong to the room. Only the author's
-- real address changes; nickname, text, time and place in the archive stay.
local function handle_room_readdress(event)
	local origin, stanza = event.origin, event.stanza;
	local room, room_jid, actor = owned_room(origin, stanza, "change its archive");
	if not room then return true; end
	local request = stanza.tags[1];
	local author = request.attr.from and jid.prep(request.attr.from);
	local nick = author and select(3, jid.split(author));
	if not author or jid.bare(author) ~= room_jid or not nick or nick == "" then
		return refuse(origin, stanza, "modify", "jid-malformed", "'from' must be the room's address with the author's nickname");
	end
	local real = bare_only(request.attr.to);
	if not real then
		return refuse(origin, stanza, "modify", "jid-malformed", "'to' must be the author's bare address");
	end
	if not member_affiliations[room:get_affiliation(real) or "none"] then
		return refuse(origin, stanza, "cancel", "forbidden", real .. " is not a member of the room; add them first",
			"not-a-member");
	end
	local keys, err = readdress_keys(request);
	if not keys then return refuse(origin, stanza, table.unpack(err)); end
	local allowed, wait = take_tokens(actor, #keys);
	if not allowed then
		return refuse(origin, stanza, "wait", "resource-constraint",
			"Too many messages at once; try again in " .. wait .. " seconds", "rate-limited", { ["retry-after"] = tostring(wait) });
	end
	local statuses, change_err = change_items((jid.split(room_jid)), keys, function(key, item, with)
		local written = item.attr.from and jid.prep(item.attr.from);
		if written ~= author then
			return nil, { "cancel", "conflict", key .. ": written under another nickname", "other-correspondent", { id = key } };
		end
		local occupant = item:get_child("x", xmlns_muc_user);
		local current = occupant and occupant:get_child("item");
		if current and current.attr.jid and jid.bare(current.attr.jid) == real then return "unchanged"; end
		item:maptags(function(tag)
			if tag.name == "x" and tag.attr.xmlns == xmlns_muc_user then return nil; end
			return tag;
		end);
		item:add_child(st.stanza("x", { xmlns = xmlns_muc_user }):tag("item", { jid = real }):up());
		return "moved", item, with;
	end);
	if not statuses then return refuse_change(origin, stanza, room_jid, change_err); end
	module:log("debug", "%s gave %d messages of %s in %s the address %s", actor, #keys, nick, room_jid, real);
	origin.send(change_reply(stanza, "readdressed", keys, statuses, { "moved", "unchanged" }));
	return true;
end

-- Each room says that its archive takes imports; the limits are on the service's disco#info.
module:hook("muc-disco#info", function(event)
	event.reply:tag("feature", { var = xmlns_import }):up();
	event.reply:tag("feature", { var = feature_digest }):up();
	if can_change() then
		event.reply:tag("feature", { var = feature_readdress }):up();
	end
end);
if can_change() then
	module:hook("iq-set/bare/" .. xmlns_import .. ":readdress", guarded(handle_room_readdress, "Room re-address"));
end

module:hook("iq-set/bare/" .. xmlns_import .. ":import", guarded(handle_room_import, "Room import"));
module:hook("iq-get/bare/" .. xmlns_import .. ":digest", guarded(handle_room_digest, "Room digest"));

module:log("info", "Archive import into the rooms of %s: owners may import, archive kept %s", host,
	retention and (retention .. " s") or "forever");
