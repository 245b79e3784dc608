package org.trasloco.xmpp.archive.verify;

import javax.xml.namespace.QName;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.XmlEnvironment;

/**
 * {@code <result xmlns='urn:xmpp:mam:2' queryid='…' id='…'>} inside a message: one archive item,
 * already read into an {@link ArchivedItem} (only what the read-back needs; not written back).
 *
 * @param queryId the query it answers
 * @param item the item
 */
public record MamResultElement(String queryId, ArchivedItem item) implements ExtensionElement {

    /** The MAM namespace. */
    public static final String NAMESPACE = "urn:xmpp:mam:2";
    /** The element name. */
    public static final String ELEMENT = "result";
    /** Both together. */
    public static final QName QNAME = new QName(NAMESPACE, ELEMENT);

    @Override
    public String getNamespace() {
        return NAMESPACE;
    }

    @Override
    public String getElementName() {
        return ELEMENT;
    }

    @Override
    public CharSequence toXML(XmlEnvironment xmlEnvironment) {
        return "<result xmlns='" + NAMESPACE + "' id='" + item.archiveId() + "'/>";
    }
}
