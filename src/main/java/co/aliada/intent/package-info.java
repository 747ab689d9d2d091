/**
 * Understanding free text: intents (what a person wants) are defined as training phrases in
 * {@code intents/nlu/*.yml}, indexed with Lucene and classified at every turn with a confidence
 * score; below the threshold nothing is understood. The files reload while the bot runs, and
 * {@code POST /api/intent} lets admins try a phrase.
 */
@ApplicationModule(allowedDependencies = {"content", "conversation", "web"})
package co.aliada.intent;

import org.springframework.modulith.ApplicationModule;
