/**
 * Beyond one conversation: a person who agreed (a purpose of its own under Ley 1581, asked right after
 * consent and changed at any time with {@code /recordatorios}) is asked, some time after a recommendation,
 * whether they reached the institution and whether it helped, and months later is invited to take the
 * self-check again. Messages come from a durable schedule in the database, are claimed by one instance
 * only, go out through the channel's outbox on office days in the person's language, and stop for good
 * when Telegram says the person blocked the bot. Which chats can be reached later is the channel's business
 * ({@link co.aliada.followup.ReachLater}, implemented by Telegram). The answers feed the programme's figures.
 */
@ApplicationModule(allowedDependencies = {"challenge", "content", "conversation", "escalation", "onboarding", "privacy"})
package co.aliada.followup;

import org.springframework.modulith.ApplicationModule;
