/** Files the user asked for (a kit, a keepsake), written whole and private to the user, or not at all. */
package org.trasloco.core.files;
