/**
 * Stable message ids: the same message read from the same chat gets the same id in every export,
 * so that re-imports add only what is new and an interrupted upload resumes without duplicates.
 */
package org.trasloco.core.ids;
