/**
 * The retention guard: before an upload, what the server does with old archive items (from its
 * discovery form, or from the XMPP Providers data) is compared with the age and size of the history;
 * the upload is stopped with a plain explanation when the server would delete it, unless the user
 * explicitly accepts that.
 */
package org.trasloco.xmpp.archive.retention;
