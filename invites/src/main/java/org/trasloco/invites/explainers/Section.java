package org.trasloco.invites.explainers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One explainer: a title and its paragraphs.
 *
 * @param title the title
 * @param paragraphs the paragraphs, in reading order
 */
public record Section(ExplainerText title, List<Paragraph> paragraphs) {

    /**
     * Checks and copies.
     *
     * @param title the title
     * @param paragraphs the paragraphs
     */
    public Section {
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * The sources of several sections in order of first citation: the numbering of the sources
     * list at the end.
     *
     * @param sections the sections, in printing order
     * @return each source once
     */
    public static List<Source> citations(List<Section> sections) {
        Set<Source> cited = new LinkedHashSet<>();
        sections.forEach(section -> section.paragraphs().forEach(paragraph -> cited.addAll(paragraph.sources())));
        return List.copyOf(cited);
    }
}
