/**
 * Group chats (XEP-0045) for the groups a user moves: the server's group-chat service and whether
 * its rooms take imported history ({@link org.trasloco.xmpp.groupchat.GroupChatDiscovery}), rooms
 * created members-only and non-anonymous with the user as owner, their members and XEP-0249 direct
 * invitations ({@link org.trasloco.xmpp.groupchat.GroupChats}), room addresses and nicknames made
 * from the names in an export ({@link org.trasloco.xmpp.groupchat.RoomNames},
 * {@link org.trasloco.xmpp.groupchat.Nicknames}). The history goes into a room's archive through
 * {@code org.trasloco.xmpp.archive.upload} with {@code UploadSettings.ofRoom}.
 */
package org.trasloco.xmpp.groupchat;
