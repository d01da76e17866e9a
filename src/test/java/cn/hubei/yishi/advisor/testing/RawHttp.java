package cn.hubei.yishi.advisor.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends bytes a well-behaved client never would (malformed escapes, overlong headers, chunked form
 * bodies) over a plain socket, and reads back what the server answers.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** One request; the connection is closed after it so the whole answer can be read. */
    public static Response send(int port, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            try {
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException refusedMidway) {
                // The server may answer and close before it has read everything: read what it said.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    all.write(buf, 0, n);
                }
            } catch (IOException reset) {
                // A reset after the answer: keep what arrived.
            }
            return Response.parse(all.toByteArray());
        }
    }

    public static Response get(int port, String target, String... headers) throws IOException {
        StringBuilder head = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        for (String h : headers) {
            head.append(h).append("\r\n");
        }
        return send(port, head.append("\r\n").toString(), null);
    }

    /** A body sent in chunks of 8 KB, with no declared length. */
    public static Response postChunked(int port, String target, String contentType, byte[] body) throws IOException {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        for (int off = 0; off < body.length; off += 8192) {
            int len = Math.min(8192, body.length - off);
            chunks.writeBytes((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            chunks.write(body, off, len);
            chunks.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        chunks.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        String head = "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: "
                + contentType + "\r\nTransfer-Encoding: chunked\r\n\r\n";
        return send(port, head, chunks.toByteArray());
    }

    public record Response(int status, String headers, String body) {

        static Response parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
            String[] statusLine = head.split("\r\n", 2)[0].split(" ");
            int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
            Response r = new Response(status, head, "");
            String te = r.header("Transfer-Encoding");
            return new Response(status, head, new String(te != null && te.contains("chunked") ? dechunk(body) : body,
                    StandardCharsets.UTF_8));
        }

        private static byte[] dechunk(byte[] body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int i = 0;
            while (i < body.length) {
                int lineEnd = i;
                while (lineEnd + 1 < body.length && !(body[lineEnd] == '\r' && body[lineEnd + 1] == '\n')) {
                    lineEnd++;
                }
                String sizeText = new String(body, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].trim();
                int size = sizeText.isEmpty() ? 0 : Integer.parseInt(sizeText, 16);
                if (size == 0) {
                    break;
                }
                int start = lineEnd + 2;
                out.write(body, start, Math.min(size, body.length - start));
                i = start + size + 2;
            }
            return out.toByteArray();
        }

        public String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT)
                        .equals(name.toLowerCase(Locale.ROOT))) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }

        public boolean isProblemJson() {
            String type = header("Content-Type");
            return type != null && type.contains("application/problem+json");
        }

        /** Whether the body says something in Chinese (and nothing of Tomcat's own English page). */
        public boolean isChinese() {
            return body.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    && !body.contains("HTTP Status") && !body.contains("Apache Tomcat");
        }
    }
}
