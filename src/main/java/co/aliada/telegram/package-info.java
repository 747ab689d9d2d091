/**
 * The Telegram channel: the only place that sees Telegram types. It receives updates by long polling
 * or webhook, maps each to an {@link co.aliada.conversation.Inbound} (chat key {@code tg:<chat id>},
 * event id {@code tg:<update_id>}), runs it through the conversation engine with each chat in order and
 * chats in parallel, and sends the replies as HTML messages, keyboards, photos and documents. It stays
 * off without {@code aliada.telegram.token}, and the token never reaches a log line or an error. It
 * implements the ports of the features that reach people on Telegram: escalation's
 * {@link co.aliada.escalation.ConsultantsDesk}, admin's {@link co.aliada.admin.AdminNotices} and followup's
 * {@link co.aliada.followup.ReachLater} and challenge's {@link co.aliada.challenge.Forwarding}; no other
 * feature knows what a Telegram chat key looks like.
 */
@ApplicationModule(allowedDependencies = {"admin", "challenge", "content", "conversation", "escalation", "followup", "privacy", "store"})
package co.aliada.telegram;

import org.springframework.modulith.ApplicationModule;
