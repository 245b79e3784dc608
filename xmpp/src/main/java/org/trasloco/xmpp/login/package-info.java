/**
 * Logging in to an existing account: addresses read and checked, a secure connection, SASL inside
 * TLS, and the same plain-language errors as everywhere else. Used to check an account the user
 * already has, and by the archive upload to open its session.
 */
package org.trasloco.xmpp.login;
