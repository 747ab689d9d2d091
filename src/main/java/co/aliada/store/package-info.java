/**
 * Keeps conversations in the database: the chat state (step, language, consent, and each feature's
 * keys as JSON), locked for a turn so one chat is handled one message at a time even across instances,
 * and the transcript of chats that consented; replies for a push channel go to its outbox in the same
 * transaction, so a crash loses neither an answer nor a reply.
 */
@ApplicationModule(allowedDependencies = {"conversation"})
package co.aliada.store;

import org.springframework.modulith.ApplicationModule;
