// Chinese function words and news boilerplate that say nothing about a set of articles:
// left out of distinctive terms (a list of words, not of any page's strings).
export const STOPWORDS: ReadonlySet<string> = new Set([
  '我们', '他们', '你们', '这个', '那个', '这些', '那些', '一个', '一些', '没有', '可以', '已经', '进行', '通过', '以及', '其中',
  '同时', '因此', '但是', '而且', '并且', '或者', '如果', '虽然', '由于', '对于', '关于', '为了', '之一', '目前', '今年', '去年',
  '记者', '表示', '认为', '指出', '介绍', '据悉', '报道', '日前', '近日', '此外', '方面', '工作', '相关', '有关', '主要', '重要',
  '不断', '进一步', '一批', '一系列', '以上', '以下', '之间', '之后', '之前', '当前', '这样', '还是', '就是', '还有', '所有',
]);
