package cn.hubei.yishi.advisor.catalog;

import java.util.List;

/**
 * An everyday way of saying what a theme is called ({@code rules/search.yaml}): a query containing any of
 * {@code words} also finds the themes whose name or an alias contains one of {@code finds}, ranked in the
 * order {@code finds} lists them.
 */
public record Synonym(List<String> words, List<String> finds) {

    public Synonym {
        words = List.copyOf(words);
        finds = List.copyOf(finds);
    }
}
