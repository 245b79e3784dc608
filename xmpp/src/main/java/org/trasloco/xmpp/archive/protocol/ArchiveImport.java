package org.trasloco.xmpp.archive.protocol;

/** The names of the archive-import protocol ({@code docs/protocol/archive-import.md}). */
public final class ArchiveImport {

    /** The protocol's namespace and disco#info feature. */
    public static final String NAMESPACE = "urn:trasloco:archive-import:0";
    /** The FORM_TYPE of the limits form (XEP-0128) in disco#info. */
    public static final String LIMITS_FORM = NAMESPACE + "#limits";
    /** The request element. */
    public static final String REQUEST = "import";
    /** The result element. */
    public static final String RESULT = "imported";
    /** The marker an imported item carries in the archive. */
    public static final String MARKER = "imported";
    /** The disco#info feature of servers that answer the digest request. */
    public static final String DIGEST_FEATURE = NAMESPACE + "#digest";
    /** The digest request and result element. */
    public static final String DIGEST = "digest";
    /** The disco#info feature of servers that re-address imported items (protocol section 9.2). */
    public static final String READDRESS_FEATURE = NAMESPACE + "#readdress";
    /** The re-addressing request element. */
    public static final String READDRESS = "readdress";
    /** The re-addressing result element. */
    public static final String READDRESSED = "readdressed";
    /** The disco#info feature of servers that replace imported items (protocol section 9.3). */
    public static final String REPLACE_FEATURE = NAMESPACE + "#replace";
    /** The replacing request element. */
    public static final String REPLACE = "replace";
    /** The replacing result element. */
    public static final String REPLACED = "replaced";

    private ArchiveImport() {
    }
}
