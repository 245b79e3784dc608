package org.trasloco.app.wizard.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.move.groups.GroupPlan;
import org.trasloco.move.groups.GroupsListener;
import org.trasloco.move.groups.GroupsPreparation;
import org.trasloco.move.groups.RoomOutcome;
import org.trasloco.xmpp.archive.retention.UploadDisclosure;

/**
 * The groups in words: where they go and what the group-chat service does with their history, each
 * group's group chat, the run's steps, and what each group chat holds afterwards.
 */
final class GroupsTexts {

    private final WizardTexts texts;

    GroupsTexts(WizardTexts texts) {
        this.texts = texts;
    }

    /** What becomes of the groups: group chats, or why they stay notes. */
    String what(GroupsPreparation prepared) {
        return prepared.whyNotes().map(texts::get).orElseGet(() -> texts.get("groups.rooms", prepared.service()));
    }

    /** Where the group chats' archives are, unencrypted, who reads them, and for how long. */
    String disclosure(GroupsPreparation prepared) {
        return prepared.rooms().isEmpty() ? "" : texts.get("groups.disclosure", prepared.service(),
                texts.get(UploadDisclosure.kept(prepared.policy())));
    }

    /** What the service does not say about keeping the archives, when it does not say it. */
    String retention(GroupsPreparation prepared) {
        return prepared.rooms().isEmpty() || prepared.verdict().blocks() ? ""
                : prepared.retentionNote().map(texts::get).orElse("");
    }

    /** Why the groups cannot go into group chats on this service, when it would delete their history. */
    String blocked(GroupsPreparation prepared) {
        return prepared.rooms().isEmpty() || !prepared.verdict().blocks() ? ""
                : prepared.retentionNote().map(texts::get).orElse("") + " " + texts.get("groups.blocked.what");
    }

    /** One group's group chat: new, made earlier, the user's, or a name in use. */
    String room(GroupPlan plan) {
        String title = plan.group().title();
        return switch (plan.status()) {
            case NEW -> texts.get("groups.room.new", title, plan.room());
            case OURS -> texts.get("groups.room.ours", title, plan.room());
            case ADOPTED -> texts.get("groups.room.adopted", title, plan.room());
            case EXISTS_OWNED -> texts.get("groups.room.existsOwned", title, plan.room());
            case TAKEN -> texts.get("groups.room.taken", title, plan.room());
        };
    }

    /** How many messages go in, who becomes a member and who comes later. */
    String people(GroupPlan plan) {
        return texts.get("groups.room.people", plan.summary().entries(), plan.members().size(), plan.pending().size());
    }

    /** Which group the run is at, of how many. */
    String group(int index, int count, GroupPlan plan) {
        return texts.get("groups.progress.group", index, count, plan.group().title());
    }

    /** What the run is doing for the group. */
    String step(GroupsListener.Step step) {
        return switch (step) {
            case ROOM -> texts.get("groups.step.room");
            case MEDIA -> texts.get("history.activity.media");
            case UPLOAD -> texts.get("groups.step.upload");
            case VERIFY -> texts.get("groups.step.verify");
            case INVITE -> texts.get("groups.step.invite");
        };
    }

    /** The lines under a group chat's count: what it means, photos, members, invitations, people to come. */
    List<String> outcome(RoomOutcome outcome) {
        GroupPlan plan = outcome.group();
        List<String> lines = new ArrayList<>();
        lines.add(outcome.complete() ? texts.get("groups.done.complete") : texts.get("groups.done.incomplete"));
        outcome.media().ifPresent(media -> lines.add(texts.get("history.done.media", media.uploaded(),
                media.alreadyThere(), media.leftBehind().size())));
        if (!outcome.membersAdded().isEmpty()) {
            lines.add(texts.get("groups.done.added", people(plan, outcome.membersAdded())));
        } else if (!plan.members().isEmpty()) {
            lines.add(texts.get("groups.done.members", people(plan, plan.members().keySet())));
        }
        if (!outcome.invited().isEmpty()) {
            lines.add(texts.get("groups.done.invited", people(plan, outcome.invited())));
        }
        if (!plan.pending().isEmpty()) {
            lines.add(texts.get("groups.done.pending", String.join(", ", plan.pending().keySet())));
        }
        return lines;
    }

    /** Members by their name in the group and their address: "Mamma (mamma@example.org)". */
    private String people(GroupPlan plan, Collection<String> addresses) {
        return addresses.stream().map(address -> texts.get("groups.done.member",
                plan.members().getOrDefault(address, address), address)).collect(Collectors.joining(", "));
    }
}
