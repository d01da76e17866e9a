package cn.hubei.yishi.advisor.api;

/** No theme with that id is being served. */
class ThemeNotFoundException extends RuntimeException {
    private final String themeId;

    ThemeNotFoundException(String themeId) {
        super("没有编号为「" + themeId + "」的主题");
        this.themeId = themeId;
    }

    String themeId() {
        return themeId;
    }
}
