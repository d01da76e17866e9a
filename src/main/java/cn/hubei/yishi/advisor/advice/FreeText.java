package cn.hubei.yishi.advisor.advice;

/**
 * Free text that is stored and shown again (names, notes, reasons, typed answers): no control
 * characters, so that a newline cannot forge a log line and nothing invisible reaches a printed notice.
 */
public final class FreeText {

    private FreeText() {
    }

    /**
     * @param label what the field is called on the form, for the message
     * @throws InvalidInputException naming {@code field} if the text holds a control character
     */
    public static String check(String field, String label, String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (forbidden(c)) {
                throw new InvalidInputException(field, label + "中不能含有换行、制表符等控制字符（位置 " + (i + 1)
                        + "，U+" + String.format(java.util.Locale.ROOT, "%04X", c) + "），请删去后再提交");
            }
            i += Character.charCount(c);
        }
        return text;
    }

    /** C0 and C1 controls (newline, tab, NUL, ESC, DEL, NEL), line and paragraph separators, bidi overrides. */
    static boolean forbidden(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
