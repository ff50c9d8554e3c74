package dev.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.nlp.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The features' char-array fast paths against the plain String readings they replace. */
class BlockFeaturesFastPathTest {
    private static boolean plainCounter(String text) {
        return text.length() <= 40
                && text.chars().anyMatch(Character::isDigit)
                && BlockFeatures.COUNTER.matcher(text).matches();
    }

    private static boolean plainTeaser(String text, int words) {
        String t = text.strip();
        return words < 80
                && (t.endsWith("[…]")
                        || t.endsWith("[...]")
                        || (t.endsWith("…") && !t.endsWith("……"))
                        || t.endsWith("Read more")
                        || t.endsWith("Continue reading")
                        || t.endsWith("Weiterlesen")
                        || plainGluedHeadline(t));
    }

    private static boolean plainGluedHeadline(String t) {
        int limit = Math.min(t.length() - 1, 160);
        for (int k = 12; k < limit; k++) {
            if (!Character.isUpperCase(t.charAt(k))
                    || !(Character.isLowerCase(t.charAt(k + 1)) || t.charAt(k + 1) == ' ')
                    || !((Character.isLowerCase(t.charAt(k - 1))
                                    && Character.isLowerCase(t.charAt(k - 2))
                                    && Character.isLowerCase(t.charAt(k - 3)))
                            || t.charAt(k - 1) == '?'
                            || t.charAt(k - 1) == '!')) {
                continue;
            }
            List<String> head = Words.of(t.substring(0, k));
            long titleCase = head.stream()
                    .filter(w -> w.length() >= 4)
                    .filter(w -> !Words.isCapitalized(w))
                    .count();
            return head.size() >= 4 && titleCase == 0;
        }
        return false;
    }

    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,8}");
    private static final java.util.regex.Pattern URL =
            java.util.regex.Pattern.compile("(?:https?://|www\\.)\\S{1,2000}");

    private static boolean plainContact(String text) {
        var email = EMAIL.matcher(text);
        if (email.find() && email.group().length() * 2 >= text.length()) {
            return true;
        }
        var url = URL.matcher(text);
        return url.find() && url.group().length() * 2 >= text.length();
    }

    /**
     * Whether some run without the patterns' whitespace is at least half the text and holds an '@', ':' or '.',
     * as a regex finds the runs.
     */
    private static boolean plainContactRun(String text) {
        var run = java.util.regex.Pattern.compile("\\S+").matcher(text);
        while (run.find()) {
            String r = run.group();
            if (r.length() * 2 >= text.length() && r.chars().anyMatch(c -> c == '@' || c == ':' || c == '.')) {
                return true;
            }
        }
        return false;
    }

    private static void check(String text) {
        char[] chars = text.toCharArray();
        assertEquals(plainContactRun(text), BlockFeatures.contactRun(chars), text);
        assertEquals(plainContact(text), BlockFeatures.isContact(text, BlockWords.of(text)), text);
        assertEquals(plainCounter(text), BlockFeatures.isCounter(text, chars), text);
        assertEquals(plainTeaser(text, Words.count(text)), BlockFeatures.isTeaser(text, BlockWords.of(text)), text);
    }

    @Test
    void craftedLinesAreJudgedAsThePlainTestsJudgeThem() {
        for (String text : List.of(
                "",
                "300",
                "Comments0",
                "1.2k views",
                "1,234 Likes",
                "Updated 10:45",
                "May 3, 2019",
                "Ελλάδα 12",
                "١٢٣",
                "12\u00A0shares",
                "Updated 10 March 2024",
                "Top 10 stories of the week",
                "Comments 1,234,567,890,12",
                "Comments 1,234,567,890,1",
                "abcdefghij abcdefghij 5",
                "abcdefghij abcdefghi 5",
                "\uD835\uDC00\uD835\uDC00\uD835\uDC00\uD835\uDC00\uD835\uDC00\uD835\uDC00\uD835\uDC00\uD835\uDC00\uD835\uDC00\uD835\uDC00\uD835\uDC00 5",
                "5 k comments",
                "5 k  comments",
                "5k views x",
                "\uD835\uDC00 5",
                "  Ferry Stays In Service Across The BayThe council voted to keep it.  ",
                "Ferry Stays In ServiceThe council voted to keep it running [...]",
                "Why Is The Ferry Staying?The council voted to keep it.",
                "Some Words Here And McPherson said",
                "the Ferry Stays In ServiceThe council voted",
                "Some words Here And MoreServiceThe council voted",
                "Ferry stays In Service AgainThe council voted",
                "Ab Cd Ef Gh Ij KlmnopQrs tuv",
                "Ferry Stays InThe council voted to keep it",
                "\u2003Über Die Brücke Nach BerlinDer Rat hat entschieden",
                "The council said … ",
                "Read more ……",
                "Continue reading\n",
                "jane.doe@example.com",
                "Mail: jane.doe@example.com",
                "Write to jane.doe+news@example.co.uk today",
                "@jane @doe said hi",
                "a@b.c d",
                "see www.example.com/x",
                "http://example.com/a/b/c?d=e",
                "ab http://example.com/x",
                "ab  http://example.com/x",
                "http://example.com/x ab",
                "http://example.com/x abc",
                "www.example.com\t\tx",
                "x\u000Bwww.example.com",
                "jane@example.com\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0 x y z",
                "a b",
                "ab",
                "a",
                "Home",
                "a.b c",
                "a b.c",
                "ab c:",
                "@ b",
                "x y @")) {
            check(text);
        }
    }

    @Test
    void randomLinesAreJudgedAsThePlainTestsJudgeThem() {
        Random random = new Random(11);
        List<String> pieces = new ArrayList<>(List.of(
                "Ferry",
                "Stays",
                "In",
                "Service",
                "the",
                "council",
                "said",
                "ServiceThe",
                "MichiganMichigan",
                "views",
                "Comments",
                "12",
                "1.2",
                "3,400",
                "k",
                "m",
                "?",
                "!",
                "Über",
                "éÉ",
                "ΣΑΣ",
                "…",
                "[…]",
                "[...]",
                "Read more",
                "\u00A0",
                "\t",
                ":",
                "\uD83D\uDE00",
                "Likes",
                "x",
                "ßtraße",
                "http://",
                "https://x.org/",
                "www.",
                "www.example.com",
                "@",
                "jane.doe@",
                "example.com",
                "\n",
                "\r\n",
                "\u000B",
                "\f",
                "_x-y+z"));
        for (int round = 0; round < 30_000; round++) {
            StringBuilder b = new StringBuilder();
            if (random.nextInt(4) == 0) {
                b.append("  ");
            }
            int n = random.nextInt(14);
            for (int i = 0; i < n; i++) {
                if (random.nextInt(12) == 0) {
                    b.append((char) random.nextInt(Character.MAX_VALUE + 1));
                } else {
                    b.append(pieces.get(random.nextInt(pieces.size())));
                }
                if (random.nextInt(3) > 0) {
                    b.append(' ');
                }
            }
            check(b.toString());
        }
    }
}
