package org.trasloco.importers.contacts;

import java.util.List;

/**
 * What the merge found.
 *
 * @param groups one group per person, in the order of their first participant
 * @param ambiguousNames names shared by several people known by different numbers or ids: not
 *     used to merge anyone
 * @param unusedPhoneBook ids of kept phone-book entries that turned out to be nobody in the history
 */
public record MergeResult(List<PersonGroup> groups, List<String> ambiguousNames, List<Long> unusedPhoneBook) {

    /**
     * Copies the lists.
     *
     * @param groups the people
     * @param ambiguousNames the names not used
     * @param unusedPhoneBook entries to forget
     */
    public MergeResult {
        groups = List.copyOf(groups);
        ambiguousNames = List.copyOf(ambiguousNames);
        unusedPhoneBook = List.copyOf(unusedPhoneBook);
    }
}
