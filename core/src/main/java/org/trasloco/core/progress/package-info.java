/**
 * Progress reporting and cancellation for long jobs (imports, uploads), free of any user
 * interface: a job reports, a front-end decides how often to show it.
 */
package org.trasloco.core.progress;
