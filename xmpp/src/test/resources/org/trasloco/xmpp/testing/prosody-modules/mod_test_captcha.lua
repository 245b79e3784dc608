-- Test-only Prosody module: in-band registration with a CAPTCHA, shaped like the forms public
-- servers send (ejabberd style: FORM_TYPE jabber:iq:register, hidden from/challenge/sid, an "ocr"
-- field with an XEP-0221 media element pointing at XEP-0231 bits of binary sent along, a fixed
-- fallback text and a fallback web page). Prosody itself ships no CAPTCHA. The answer is "7x4k".
local st = require "util.stanza";
local usermanager = require "core.usermanager";
local nodeprep = require "util.encodings".stringprep.nodeprep;
local base64 = require "util.encodings".base64;
local sha1 = require "util.hashes".sha1;

-- A 1x1 PNG: the client only has to show it, the test only checks the bytes arrive.
local picture = base64.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
local cid = "sha1+" .. sha1(picture, true) .. "@bob.xmpp.org";
local answer = "7x4k";
local challenge = "trasloco-test-challenge";

local function field_value(form, var)
	for field in form:childtags("field") do
		if field.attr.var == var then
			return field:get_child_text("value");
		end
	end
end

module:hook("stanza/iq/jabber:iq:register:query", function (event)
	local session, stanza = event.origin, event.stanza;
	if session.type ~= "c2s_unauthed" then
		return;
	end
	if stanza.attr.type == "get" then
		local reply = st.reply(stanza):tag("query", { xmlns = "jabber:iq:register" })
			:tag("instructions"):text("Choose a name and a password, and type the characters in the picture."):up()
			:tag("x", { xmlns = "jabber:x:data", type = "form" })
				:tag("title"):text("Sign up"):up()
				:tag("instructions"):text("Choose a name and a password, and type the characters in the picture."):up()
				:tag("field", { type = "hidden", var = "FORM_TYPE" }):tag("value"):text("jabber:iq:register"):up():up()
				:tag("field", { type = "text-single", var = "username", label = "User" }):tag("required"):up():up()
				:tag("field", { type = "text-private", var = "password", label = "Password" }):tag("required"):up():up()
				:tag("field", { type = "fixed", var = "captcha-fallback-text" })
					:tag("value"):text("If you cannot see the picture, open the web page below."):up():up()
				:tag("field", { type = "text-single", var = "captcha-fallback-url", label = "CAPTCHA web page" })
					:tag("value"):text("https://" .. module.host .. "/captcha/" .. challenge):up():up()
				:tag("field", { type = "hidden", var = "from" }):tag("value"):text(module.host):up():up()
				:tag("field", { type = "hidden", var = "challenge" }):tag("value"):text(challenge):up():up()
				:tag("field", { type = "hidden", var = "sid" }):tag("value"):up():up()
				:tag("field", { type = "text-single", var = "ocr", label = "Enter the text you see" })
					:tag("media", { xmlns = "urn:xmpp:media-element", height = "80", width = "290" })
						:tag("uri", { type = "image/png" }):text("cid:" .. cid):up()
					:up()
					:tag("required"):up()
				:up()
			:up()
			:tag("data", { xmlns = "urn:xmpp:bob", cid = cid, type = "image/png", ["max-age"] = "0" })
				:text(base64.encode(picture)):up();
		session.send(reply);
		return true;
	end

	local form = stanza.tags[1]:get_child("x", "jabber:x:data");
	if not form or field_value(form, "challenge") ~= challenge or field_value(form, "from") ~= module.host then
		session.send(st.error_reply(stanza, "modify", "bad-request", "The CAPTCHA challenge is missing"));
		return true;
	end
	if (field_value(form, "ocr") or ""):lower() ~= answer then
		session.send(st.error_reply(stanza, "modify", "not-acceptable", "The CAPTCHA verification has failed"));
		return true;
	end
	local username = nodeprep(field_value(form, "username") or "", true);
	local password = field_value(form, "password");
	if not username or username == "" or not password or password == "" then
		session.send(st.error_reply(stanza, "modify", "not-acceptable", "Name and password are required"));
		return true;
	end
	if usermanager.user_exists(username, module.host) then
		session.send(st.error_reply(stanza, "cancel", "conflict", "The requested username already exists."));
		return true;
	end
	local ok, err = usermanager.create_user(username, password, module.host);
	if not ok then
		session.send(st.error_reply(stanza, "cancel", "internal-server-error", tostring(err)));
		return true;
	end
	session.send(st.reply(stanza));
	return true;
end, 10);
