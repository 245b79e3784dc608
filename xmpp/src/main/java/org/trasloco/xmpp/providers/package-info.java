/**
 * Where a new address can live: a catalogue of XMPP providers in the XMPP Providers v2 format
 * (a curated list and community servers bundled with Trasloco, replaceable by the current list from
 * data.xmpp.net), the facts a person chooses by (sign-up in the app, CAPTCHA, free, server
 * countries, how long messages are kept), filters over them, and servers added by domain.
 * The catalogue never needs the network: the bundled list is always there.
 */
package org.trasloco.xmpp.providers;
