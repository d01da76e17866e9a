/**
 * What the rules define, read from the YAML data files in {@code rules/}: themes (一件事) with
 * their departments and matters, matters (事项) with their legal basis, materials (申请材料) and
 * questions (一表申请). Definitions are data; they never fire.
 */
package cn.hubei.yishi.advisor.catalog;
