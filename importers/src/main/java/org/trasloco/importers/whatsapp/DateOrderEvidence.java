package org.trasloco.importers.whatsapp;

import org.trasloco.core.time.DateOrder;
import org.trasloco.importers.DateOrderDecision;
import org.trasloco.importers.DateOrderDecision.Basis;

/**
 * Collects, over every header of a file, what the dates say about their own order, and decides it
 * by the rules of the format notes (section 2.4): year first; a field above 12 can only be a day; a
 * field that decreases within one year is the day; the field that changes more often is the day;
 * otherwise the data cannot tell and the user must be asked. Never decided per line or from the
 * first lines only. Constant memory.
 */
final class DateOrderEvidence {

    private long headers;
    private long yearFirst;
    private long firstAbove12;
    private long secondAbove12;
    private long firstDecreases;
    private long secondDecreases;
    private long firstChanges;
    private long secondChanges;
    private int previousFirst = -1;
    private int previousSecond;
    private int previousThird;

    /** Takes one header's date fields into account. */
    void accept(HeaderLine header) {
        headers++;
        int first = header.d1();
        int second = header.d2();
        int third = header.d3();
        if (header.d1Digits() == 4) {
            yearFirst++;
            return;
        }
        if (first > 12) {
            firstAbove12++;
        }
        if (second > 12) {
            secondAbove12++;
        }
        if (previousFirst >= 0 && third == previousThird) {
            if (first < previousFirst) {
                firstDecreases++;
            }
            if (second < previousSecond) {
                secondDecreases++;
            }
        }
        if (previousFirst >= 0) {
            if (first != previousFirst) {
                firstChanges++;
            }
            if (second != previousSecond) {
                secondChanges++;
            }
        }
        previousFirst = first;
        previousSecond = second;
        previousThird = third;
    }

    /** Whether the evidence so far settles the order whatever the rest of the file holds. */
    boolean isDecisive() {
        return yearFirst * 2 > headers || firstAbove12 > 0 || secondAbove12 > 0;
    }

    /** Decides with everything seen. */
    DateOrderDecision decide() {
        if (yearFirst * 2 > headers) {
            return new DateOrderDecision(DateOrder.YMD, Basis.YEAR_FIRST);
        }
        if (firstAbove12 > 0 && secondAbove12 > 0) {
            return new DateOrderDecision(firstAbove12 >= secondAbove12 ? DateOrder.DMY : DateOrder.MDY,
                    Basis.CONFLICTING);
        }
        if (firstAbove12 > 0) {
            return new DateOrderDecision(DateOrder.DMY, Basis.FIELD_ABOVE_12);
        }
        if (secondAbove12 > 0) {
            return new DateOrderDecision(DateOrder.MDY, Basis.FIELD_ABOVE_12);
        }
        if (firstDecreases > 0 && secondDecreases == 0) {
            return new DateOrderDecision(DateOrder.DMY, Basis.DECREASING_FIELD);
        }
        if (secondDecreases > 0 && firstDecreases == 0) {
            return new DateOrderDecision(DateOrder.MDY, Basis.DECREASING_FIELD);
        }
        if (firstChanges > secondChanges) {
            return new DateOrderDecision(DateOrder.DMY, Basis.MORE_CHANGES);
        }
        if (secondChanges > firstChanges) {
            return new DateOrderDecision(DateOrder.MDY, Basis.MORE_CHANGES);
        }
        return new DateOrderDecision(DateOrder.DMY, Basis.AMBIGUOUS);
    }
}
