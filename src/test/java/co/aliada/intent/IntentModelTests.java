package co.aliada.intent;

import java.util.List;

class IntentModelTests {
    static final List<String> COMMANDS = List.of("help", "talk_to_human", "restart", "continue", "change_language",
            "my_data", "delete_my_data", "my_challenges", "summary");
}
