/**
 * Running the bot's content: {@code java -jar aliada.jar validate} checks content folders offline as the
 * bot would load them, admins hear on their channel (through the {@link co.aliada.admin.AdminNotices}
 * port) when a content change was refused, and the {@code /admin} dashboard shows the programme's
 * figures with a CSV download, behind a password.
 */
@ApplicationModule(allowedDependencies = {"catalog", "challenge", "content", "conversation", "followup", "intent", "matching", "selfcheck"})
package co.aliada.admin;

import org.springframework.modulith.ApplicationModule;
