/**
 * Content that admins edit while the bot runs (texts, intents, the self-check, challenges, the
 * catalogue): reading YAML with line numbers, problems reported with file and line, a hash of what is
 * live, reloading a folder on change (a refused change keeps the old content serving), and the health
 * that says whether content is loaded. It knows no feature.
 */
@ApplicationModule(allowedDependencies = {})
package co.aliada.content;

import org.springframework.modulith.ApplicationModule;
