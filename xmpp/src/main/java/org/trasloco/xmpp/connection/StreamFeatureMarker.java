package org.trasloco.xmpp.connection;

import java.io.IOException;
import javax.xml.namespace.QName;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.parsing.SmackParsingException;
import org.jivesoftware.smack.provider.ExtensionElementProvider;
import org.jivesoftware.smack.provider.ProviderManager;
import org.jivesoftware.smack.util.ParserUtils;
import org.jivesoftware.smack.util.XmlStringBuilder;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/**
 * A stream feature Trasloco only needs to see, not read. Smack drops stream features it has no
 * provider for, so the ones that decide the registration path are registered here before the first
 * connection: XEP-0445 invitation tokens ({@code urn:xmpp:ibr-token:0}) and their older name
 * ({@code urn:xmpp:invite}).
 */
public final class StreamFeatureMarker implements ExtensionElement {

    /** XEP-0445: the server takes a pre-authentication token before in-band registration. */
    public static final QName INVITE_TOKENS = new QName("urn:xmpp:ibr-token:0", "register");
    /** The name Prosody also uses for the same feature. */
    public static final QName INVITE_TOKENS_LEGACY = new QName("urn:xmpp:invite", "register");

    private static volatile boolean registered;

    private final QName name;

    /**
     * A marker for one feature.
     *
     * @param name the feature's element name and namespace
     */
    public StreamFeatureMarker(QName name) {
        this.name = name;
    }

    /** Teaches Smack the features above; idempotent. */
    static void ensureRegistered() {
        if (registered) {
            return;
        }
        synchronized (StreamFeatureMarker.class) {
            if (!registered) {
                for (QName feature : new QName[] {INVITE_TOKENS, INVITE_TOKENS_LEGACY}) {
                    ProviderManager.addStreamFeatureProvider(feature.getLocalPart(), feature.getNamespaceURI(),
                            new Provider(feature));
                }
                registered = true;
            }
        }
    }

    @Override
    public String getElementName() {
        return name.getLocalPart();
    }

    @Override
    public String getNamespace() {
        return name.getNamespaceURI();
    }

    @Override
    public XmlStringBuilder toXML(XmlEnvironment enclosing) {
        return new XmlStringBuilder(this, enclosing).closeEmptyElement();
    }

    /** Reads the feature element, skipping whatever it contains. */
    static final class Provider extends ExtensionElementProvider<ExtensionElement> {

        private final QName name;

        Provider(QName name) {
            this.name = name;
        }

        @Override
        public ExtensionElement parse(XmlPullParser parser, int initialDepth, XmlEnvironment xmlEnvironment)
                throws XmlPullParserException, IOException, SmackParsingException {
            ParserUtils.forwardToEndTagOfDepth(parser, initialDepth);
            return new StreamFeatureMarker(name);
        }
    }
}
