package org.trasloco.xmpp.groupchat;

import java.util.List;
import java.util.Objects;
import org.jivesoftware.smack.packet.IQ;
import org.trasloco.xmpp.archive.protocol.ArchiveImport;

/**
 * {@code <places xmlns='urn:trasloco:archive-import:0'>} (protocol section 10.7): as a {@code set},
 * the rooms an open invitation's invitee belongs to; as a {@code get}, nothing; as the result of a
 * {@code get}, every invitation the server keeps places for, with who joined through it.
 */
final class PlacesIq extends IQ {

    /** The element's name. */
    static final String ELEMENT = "places";

    private final List<RoomPlaces.Kept> invitations;

    private PlacesIq(Type type, List<RoomPlaces.Kept> invitations) {
        super(ELEMENT, ArchiveImport.NAMESPACE);
        setType(type);
        this.invitations = List.copyOf(invitations);
    }

    /** Keeps the places of one invitation (none: forget them). */
    static PlacesIq keep(String token, List<RoomPlaces.Place> places) {
        return new PlacesIq(Type.set, List.of(new RoomPlaces.Kept(Objects.requireNonNull(token, "token"), places, null,
                List.of())));
    }

    /** Asks which places the server keeps. */
    static PlacesIq ask() {
        return new PlacesIq(Type.get, List.of());
    }

    /** The server's answer. */
    static PlacesIq answer(List<RoomPlaces.Kept> invitations) {
        return new PlacesIq(Type.result, invitations);
    }

    /** The invitations named. */
    List<RoomPlaces.Kept> invitations() {
        return invitations;
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        xml.rightAngleBracket();
        for (RoomPlaces.Kept invitation : invitations) {
            xml.halfOpenElement("invitation").attribute("token", invitation.token())
                    .optAttribute("joined", invitation.joined()).rightAngleBracket();
            for (RoomPlaces.Place place : invitation.places()) {
                xml.halfOpenElement("room").attribute("jid", place.room()).attribute("nick", place.nickname());
                if (place.reason() == null) {
                    xml.closeEmptyElement();
                } else {
                    xml.rightAngleBracket().escape(place.reason()).closeElement("room");
                }
            }
            xml.closeElement("invitation");
        }
        return xml;
    }
}
