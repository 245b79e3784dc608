/**
 * The groups of a move as group chats: {@link org.trasloco.move.groups.GroupMove#prepare} finds the
 * server's group-chat service, plans a room for each group the user keeps (its address, nicknames,
 * members, history) and says which rooms need the user's answer (an address already in use);
 * {@link org.trasloco.move.groups.GroupMove#start} creates the rooms, adds the members, puts each
 * group's history into its room's archive, reads it back and invites the members;
 * {@link org.trasloco.move.groups.GroupMove#listing} lists each group's room, members and join link
 * for invitations and the kit. Shared by {@code trasloco upload}, {@code trasloco groups} and the
 * wizard.
 */
package org.trasloco.move.groups;
