/**
 * Escalation to consultants: a user asks for a person (or the bot offers one), a case opens with a card
 * and the full transcript in the consultants' chat, a consultant takes it and answers by replying, and the
 * bot relays both ways until the case is closed. Works on the engine alone, whatever the channel: the
 * channel hosting the consultants implements {@link co.aliada.escalation.ConsultantsDesk}; cases,
 * their status history and their messages are kept in the database, so a restart loses nothing.
 */
@ApplicationModule(allowedDependencies = {"challenge", "content", "conversation", "onboarding", "privacy", "selfcheck", "store"})
package co.aliada.escalation;

import org.springframework.modulith.ApplicationModule;
