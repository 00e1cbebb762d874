// What site furniture looks like on Chinese news pages, as data. These are generic
// shapes of log-in bars, breadcrumbs, footers and widgets seen across CMSs, not
// lines lifted from any particular site.
export interface ChromePattern {
  kind: string;
  pattern: RegExp;
  /** Only treat as chrome when the line is at most this long (content rarely is this short). */
  maxLength?: number;
}

export const CHROME_PATTERNS: readonly ChromePattern[] = [
  { kind: 'login', pattern: /(登录|登陆|注册|游客|退出登录|sign ?in|log ?in)/i, maxLength: 40 },
  { kind: 'breadcrumb', pattern: /(您的位置|当前位置|当前的位置|现在的位置|所在位置|当前页面)/ },
  { kind: 'breadcrumb', pattern: /首页\s*[>›»/]/ },
  { kind: 'bookmark', pattern: /(加入收藏|设为首页|收藏本站|RSS订阅|\bRSS\b)/i },
  { kind: 'share', pattern: /^(分享到|分享至|分享：|一键分享|打印本页|关闭窗口|字号[:：]?\s*[大中小])/ },
  { kind: 'comment', pattern: /(抢沙发|暂无评论|还没有评论|发表评论|网友评论|我要评论|条评论|参与评论|所有评论|全部评论|评论区|读者(回响|留言|评论)|网友留言)/, maxLength: 40 },
  { kind: 'comment', pattern: /(文明发言|理性发言|文明上网|散播谣言|观点仅代表(您|网友)本人)/, maxLength: 80 },
  { kind: 'tags', pattern: /^(标签|关键词|关键字|tags?)\s*[:：]/i, maxLength: 80 },
  { kind: 'ad', pattern: /^(x\s*)?(广告|推广|赞助)$/i },
  { kind: 'caption-ref', pattern: /^[（(](相关)?(资料图|资料图片|图片|配图|视频截图|示意图|图)[)）]$/ },
  { kind: 'layout', pattern: /^[（(](下转|上接|转|接)\s*[A-Z]?[\d一二三四五六七八九十]{1,3}\s*版[)）]$/ },
  { kind: 'layout', pattern: /(版面导航|标题导航|电子报|上一版|下一版|上一篇|下一篇|上一期|下一期|往期回顾)/, maxLength: 40 },
  { kind: 'layout', pattern: /^第\s*[A-Z]?\d{1,3}\s*版\s*[:：]/, maxLength: 40 },
  { kind: 'font-size', pattern: /^(放大|缩小|默认|大|中|小|字体|字号|[:：|｜\s])+$/ },
  { kind: 'font-size', pattern: /^[【[]?\s*(字号|字体|打印|关闭)\s*[:：】\]]/, maxLength: 30 },
  { kind: 'browser-notice', pattern: /(浏览器版本|升级.{0,8}浏览器|\bIE\s?\d|webkit|不支持.{0,6}浏览器)/i, maxLength: 80 },
  { kind: 'paywall', pattern: /(查看余下全文|阅读全文|展开全文|继续阅读|余下全文|剩余\s*[:：]?\s*\d|请登录后|登录后(查看|阅读|识别)|阅读权限)/, maxLength: 40 },
  { kind: 'ai-summary', pattern: /(由\s*AI\s*生成|AI\s*(文章)?(概述|摘要|总结|速览)|仅供参考[，,]?\s*不构成)/i, maxLength: 60 },
  { kind: 'image-credit', pattern: /(图片来源|图片声明|图源|图片由.{0,12}提供)/, maxLength: 60 },
  { kind: 'listen', pattern: /(语音播报|朗读本文|听新闻|收听本文)/, maxLength: 30 },
  { kind: 'stock-code', pattern: /^(股票代码|证券代码)\s*[:：]?\s*\d{6}$/ },
  { kind: 'record-id', pattern: /^[A-Z]{1,4}\s*[:：]\s*[A-Z0-9]{10,}$/ },
  { kind: 'copyright', pattern: /(版权所有|版权归|版权说明|版权声明|copyright|all rights reserved|©)/i },
  { kind: 'disclaimer', pattern: /^(声明|免责声明|特别声明|郑重声明)[:：]/ },
  { kind: 'disclaimer', pattern: /(未经.{0,12}(授权|许可)|转载请注明|不代表本(网|站|院|报|平台)?.{0,4}(观点|立场)|如有侵权)/ },
  { kind: 'licence', pattern: /(ICP备|ICP证|公网安备|备案号|增值电信业务)/i },
  { kind: 'contact', pattern: /^(地址|电话|邮箱|邮编|传真|联系电话|联系我们|投稿邮箱|e-?mail)\s*[:：]/i },
  { kind: 'contact', pattern: /(邮编|邮政编码)[:：]?\s*\d{6}/ },
  { kind: 'contact', pattern: /(合作|投稿|联系).{0,12}(电话|微信|邮箱).{0,4}\d{5,}/ },
  { kind: 'footer-nav', pattern: /^(友情链接|网站导航|合作伙伴)/ },
  { kind: 'footer-nav', pattern: /(关于我们|联系我们|网站地图|会员服务|广告服务|招聘信息|意见反馈|帮助中心|隐私政策|服务条款).*(关于我们|联系我们|网站地图|会员服务|广告服务|招聘信息|意见反馈|帮助中心|隐私政策|版权声明|服务条款)/ },
  { kind: 'footer-nav', pattern: /^(网站地图|关于我们|联系我们)\b/ },
  { kind: 'back-to-top', pattern: /^(返回顶部|回到顶部|返回|顶部|top|back to top|↑)$/i },
  { kind: 'stats', pattern: /(阅读|点击|浏览)(量|数|次数)?\s*[:：]\s*\d+/ },
  { kind: 'stats', pattern: /\d+\s*(次浏览|次阅读|人阅读|人浏览|次点击)/, maxLength: 60 },
  { kind: 'ordinal', pattern: /^\d{1,2}[.、]?$/ },
  { kind: 'decoration', pattern: /^[»«★☆◆◇■□●○▲△▼▽\-—=_*·•\s]+$/ },
  { kind: 'decoration', pattern: /^[»«].*[»«]$/ },
  { kind: 'app-promo', pattern: /(扫码|扫一扫|二维码|下载客户端|关注我们|关注公众号)/, maxLength: 40 },
  { kind: 'app-promo', pattern: /(打开.{0,8}(客户端|APP|App|app|头条)|查看更多精彩)/, maxLength: 60 },
];

/** Headers of "related / recommended / most-read" lists: everything after one, up to the next story, is chrome. */
export const RELATED_LIST_HEADER =
  /^((新闻|资讯|文章|图片|视频)推荐|更多.{0,8}(关注|推荐|阅读|新闻|资讯|文章|内容)|相关(新闻|阅读|文章|报道|推荐|资讯|链接)|推荐(阅读|资讯|新闻|文章|内容)|最新(资讯|新闻|文章|动态)|热门(阅读|推荐|新闻|文章|资讯|排行)|热点(新闻|推荐|资讯)|猜你喜欢|延伸阅读|精彩推荐|点击排行|阅读排行|排行榜|24小时.{0,4}(热文|排行)|为您推荐|编辑推荐|今日推荐)[:：]?$/;

/** Editor and proof-reader credits close a story on most CMSs. */
export const EDITOR_LINE = /^[【[(（]?\s*(责任编辑|责编|编辑|校对|审核|审校|监制|终审|初审|复审)\s*[:：]/;

/** Outline headings of a document's sections (一、 (一) 1.): the structure of a text, never a story's headline. */
export const OUTLINE_HEADING = /^\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．](?!\d))/u;

/** A digest's bulleted paragraph: each is a brief of its own. */
export const DIGEST_BULLET = /^\s*[■●◆▪▲►▶•]\s*\S/u;
/** A digest's numbered or bracketed headline (①…, 【…】 as the whole line). */
export const DIGEST_HEADING = /^\s*(?:[①-⑳]|【[^】]{2,40}】\s*$)/u;
/** What is taken off a marked headline: the number, or the brackets around it. */
export const DIGEST_HEADING_MARKS = /^\s*[①-⑳]\s*|^\s*【|】\s*$/gu;
