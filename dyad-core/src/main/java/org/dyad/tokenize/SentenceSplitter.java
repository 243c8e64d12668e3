package org.dyad.tokenize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.document.Sentence;
import org.dyad.document.Span;
import org.dyad.pipeline.Stage;

/**
 * Splits the article body into sentences: first at paragraph breaks (a blank line), then with the OpenNLP sentence
 * detector inside each paragraph. Requires nothing; produces {@link Layer#SENTENCES}, trimmed of surrounding
 * white space, never overlapping, all inside {@code article.body()}.
 *
 * <p>Thread-safe: the detector (which is not) is kept per thread; the model is shared.
 */
public final class SentenceSplitter implements Stage {
    /** Sentences longer than this many chars are cut at the limit so one run-on line cannot stall the tagger. */
    static final int MAX_SENTENCE_CHARS = 2_000;

    /** A line ending in one of these words runs on into the next line: it is no title. */
    private static final java.util.regex.Pattern FUNCTION_WORD_END = java.util.regex.Pattern.compile(
            "(?i)\\b(a|an|the|in|of|on|at|to|for|with|by|from|and|or|but|as|that|said)$");

    /**
     * Abbreviated titles written before a name in English news (AP style: Sen., Rep., Gov., Gen. …), case as
     * written; a sentence never ends on one.
     */
    private static final Set<String> NAME_TITLES = Set.of("Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Lt", "Gen",
            "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt", "Rev", "Dr", "Mr", "Mrs", "Ms", "Messrs",
            "Prof", "Supt", "Insp", "Amb", "Atty", "Pres", "Hon");

    private final ThreadLocal<SentenceDetectorME> detector;

    public SentenceSplitter(SentenceModel model) {
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
    }

    @Override
    public Document apply(Document doc) {
        return doc.withSentences(find(doc.text(), doc.article().body()));
    }

    /** Finds the sentences of {@code text} inside {@code body}; offsets are into {@code text}. */
    List<Sentence> find(String text, Span body) {
        List<Sentence> out = new ArrayList<>();
        for (Span paragraph : titleLinesApart(text, paragraphs(text, body))) {
            String para = spacedSeparators(text.substring(paragraph.start(), paragraph.end()));
            opennlp.tools.util.Span[] found = detector.get().sentPosDetect(para);
            for (int k = 0; k < found.length; k++) {
                int start = found[k].getStart();
                int end = found[k].getEnd();
                while (k + 1 < found.length && endsWithTitle(para, end)
                        && startsWithCapital(para, found[k + 1].getStart())) {
                    end = found[++k].getEnd();  // "Sen." + "Ada Ross said …": one sentence
                }
                addTrimmed(text, paragraph.start() + start, paragraph.start() + end, out);
            }
        }
        return out;
    }

    /**
     * Whether the text before {@code end} (trailing spaces aside) is a title abbreviation that always precedes a
     * name ("Sen.", "Rep.", "Gov.", "Gen."): the detector's model, trained on other text, sometimes ends a sentence
     * there ("… endorsed former Florida Gov." | "Jeb Bush …"), which cuts a speaker from its cue (issue 6).
     */
    static boolean endsWithTitle(String para, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(para.charAt(e - 1))) {
            e--;
        }
        if (e == 0 || para.charAt(e - 1) != '.') {
            return false;
        }
        int s = e - 1;
        while (s > 0 && Character.isLetter(para.charAt(s - 1))) {
            s--;
        }
        boolean wordStart = s == 0 || Character.isWhitespace(para.charAt(s - 1))
                || "(\"“-—".indexOf(para.charAt(s - 1)) >= 0;
        return wordStart && NAME_TITLES.contains(para.substring(s, e - 1));
    }

    private static boolean startsWithCapital(String para, int start) {
        int k = start;
        while (k < para.length() && Character.isWhitespace(para.charAt(k))) {
            k++;
        }
        return k < para.length() && Character.isUpperCase(para.charAt(k));
    }

    /**
     * The paragraph as the detector should read it: line and paragraph separators (U+2028, U+2029), the next-line
     * control (U+0085) and invisible format characters (U+202C…) each become one space, so that "ended.\u2028Rebels"
     * ends a sentence as "ended. Rebels" does; the same length, so offsets are unchanged.
     */
    static String spacedSeparators(String para) {
        char[] chars = null;
        for (int i = 0; i < para.length(); i++) {
            char c = para.charAt(i);
            int type = Character.getType(c);
            if (c == '\u0085' || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.FORMAT) {
                if (chars == null) {
                    chars = para.toCharArray();
                }
                chars[i] = ' ';
            }
        }
        return chars == null ? para : new String(chars);
    }

    private static void addTrimmed(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (start < end) {
            int cut = Math.min(end, start + MAX_SENTENCE_CHARS);
            if (cut < end) {
                int space = cut;
                while (space > start + MAX_SENTENCE_CHARS / 2 && !Character.isWhitespace(text.charAt(space))) {
                    space--;
                }
                if (space > start + MAX_SENTENCE_CHARS / 2) {
                    cut = space;
                } else if (Character.isLowSurrogate(text.charAt(cut))) {
                    cut--;                      // never split a character outside the Basic Multilingual Plane
                }
            }
            out.add(new Sentence(new Span(start, cut), out.size()));
            start = cut;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
    }

    /**
     * Splits off a title-like line inside a paragraph: a line that has no closing punctuation, is much shorter than the
     * paragraph's longest line, and is followed by a line that starts with a capital ("Kenya attacks Uganda" over
     * "Egypt praised Sudan on Monday."). Hard-wrapped prose keeps its lines together: its lines are of like length.
     */
    static List<Span> titleLinesApart(String text, List<Span> paragraphs) {
        List<Span> out = new ArrayList<>();
        for (Span p : paragraphs) {
            List<Span> lines = new ArrayList<>();
            int start = p.start();
            while (start < p.end()) {
                int nl = text.indexOf('\n', start);
                int end = nl < 0 || nl > p.end() ? p.end() : nl;
                lines.add(new Span(start, end));
                start = end + 1;
            }
            int longest = lines.stream().mapToInt(l -> text.substring(l.start(), l.end()).strip().length()).max().orElse(0);
            int from = p.start();
            for (int i = 0; i + 1 < lines.size(); i++) {
                String line = text.substring(lines.get(i).start(), lines.get(i).end()).strip();
                String next = text.substring(lines.get(i + 1).start(), lines.get(i + 1).end()).strip();
                boolean open = !line.isEmpty() && ".!?:;\"'\u201D)]".indexOf(line.charAt(line.length() - 1)) < 0;
                boolean capitalNext = !next.isEmpty() && Character.isUpperCase(next.charAt(0));
                boolean shortTitle = p.start() == paragraphs.get(0).start() && i == 0 && line.split("\\s+").length <= 10
                        && !FUNCTION_WORD_END.matcher(line).find();
                if (open && capitalNext && (line.length() < 0.6 * longest || shortTitle)) {
                    out.add(new Span(from, lines.get(i).end()));
                    from = lines.get(i + 1).start();
                }
            }
            out.add(new Span(from, p.end()));
        }
        return out;
    }

    /** Paragraphs of the body: runs of text separated by lines that are empty or white space only. */
    static List<Span> paragraphs(String text, Span body) {
        List<Span> out = new ArrayList<>();
        int i = body.start();
        int paraStart = -1;
        int lastNonBlankEnd = -1;
        while (i < body.end()) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0 || lineEnd > body.end()) {
                lineEnd = body.end();
            }
            boolean blank = text.substring(i, lineEnd).isBlank();
            if (blank) {
                if (paraStart >= 0) {
                    out.add(new Span(paraStart, lastNonBlankEnd));
                    paraStart = -1;
                }
            } else {
                if (paraStart < 0) {
                    paraStart = i;
                }
                lastNonBlankEnd = lineEnd;
            }
            i = lineEnd + 1;
        }
        if (paraStart >= 0) {
            out.add(new Span(paraStart, lastNonBlankEnd));
        }
        return out;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Layer produces() {
        return Layer.SENTENCES;
    }
}
