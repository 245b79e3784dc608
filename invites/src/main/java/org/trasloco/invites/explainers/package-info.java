/**
 * The plain-language explainers printed in the kit ("Why: Chat Control", "How your messages are
 * protected"): their structure ({@link org.trasloco.invites.explainers.Explainers}), each paragraph
 * tied to the {@link org.trasloco.invites.explainers.Source}s that back its claims, and the texts
 * in one bundle per language. The facts and sources come from the project's {@code facts.md}; a new
 * language is a new bundle file, the structure and sources stay the same.
 */
package org.trasloco.invites.explainers;
