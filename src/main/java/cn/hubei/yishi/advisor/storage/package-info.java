/**
 * A damaged database is refused, not served: before the embedded H2 file database is first used, the service
 * reads it whole (read-only, the file left as it is) and compares what it holds with a high-water mark kept
 * outside it ({@code advisor.hwm} next to {@code advisor.mv.db}), which is rewritten shortly after each committed
 * change. A database holding less than the mark refuses to start, saying in Chinese what to do. Depends on no
 * other feature package; it knows the tables whose rows are only ever added, by their SQL names.
 */
package cn.hubei.yishi.advisor.storage;
