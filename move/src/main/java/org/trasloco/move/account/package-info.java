/**
 * The account a move goes to: where new addresses can live and which of them suit this history
 * ({@link org.trasloco.move.account.ProviderAdvice}), reaching and logging in to an account
 * ({@link org.trasloco.move.account.AccountAccess}), and creating one
 * ({@link org.trasloco.move.account.SignUp}).
 */
package org.trasloco.move.account;
