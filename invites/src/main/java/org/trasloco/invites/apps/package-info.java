/**
 * The apps catalogue: which XMPP app to install on which device, where to get it, whether it opens
 * invitation links, and one plain line about it in each language. The data is ours, bundled as
 * {@code apps.json} beside these classes; {@link org.trasloco.invites.apps.AppsCatalogue#read} takes
 * an updated file of the same shape, and a server may add its own web chat.
 */
package org.trasloco.invites.apps;
