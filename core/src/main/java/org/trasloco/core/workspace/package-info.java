/**
 * The workspace: one SQLite file per migration ({@code *.trasloco}), private to the user (0600),
 * holding the imported history, the people, the user's decisions and the upload ledger.
 *
 * <p>The schema is versioned ({@code PRAGMA user_version}) and only ever migrated forward, by the
 * numbered scripts next to {@link org.trasloco.core.workspace.SchemaMigrator}. Every export is
 * imported in one transaction ({@link org.trasloco.core.workspace.SourceImport}): all or nothing, and
 * messages already in the workspace (same stable id) are not added twice.
 */
package org.trasloco.core.workspace;
