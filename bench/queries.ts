// The two-term queries every search measurement asks, quoted so no taxonomy expansion
// applies: every engine answers the same literal question.
export const QUERIES = ['专精特新 小巨人', '"人形机器人" 供应链', '"低空经济" 发展'] as const;
