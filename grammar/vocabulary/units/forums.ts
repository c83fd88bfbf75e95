/**
 * Forum software's furniture around a reposted story: local forums repost
 * the day's paper thread by thread (秦楚网 reposting 十堰晚报), and a copy of
 * the thread keeps the board's counters, the post's controls and the reply
 * box. The words of Discuz!, which most Chinese forums run, alone on their
 * lines or side by side: 回复 / 查看 / 打印 上一主题 下一主题 / 跳转到指定楼层 / 楼主 /
 * 使用道具 举报 / 快速回复 返回顶部 返回列表.
 */
import type { VocabularyUnit } from '../index'

export const forums: VocabularyUnit = {
  name: 'forums',
  chrome: [
    // The thread's counters and the poster's card: [复制链接] / 回复 / 查看 / 主题 / 帖子 / 积分 / 管理员.
    '复制链接', '回复', '查看', '主题', '帖子', '积分', '精华', '金钱', '威望', '贡献', '管理员', '版主', '超级版主', '注册会员',
    // The thread's controls: 打印 上一主题 下一主题 · 跳转到指定楼层 · 电梯直达 · 只看该作者 回帖奖励 倒序浏览 阅读模式.
    '上一主题', '下一主题', '跳转到指定楼层', '电梯直达', '显示全部楼层', '只看该作者', '只看大图', '回帖奖励', '倒序浏览', '阅读模式',
    // The floors: 楼主 / 沙发 / 板凳 / 地板.
    '楼主', '沙发', '板凳', '地板',
    // Under the post and the reply box: 使用道具 举报 · 发表回复 · 本版积分规则 · 快速回复 返回顶部 返回列表 · 立即注册.
    '使用道具', '发表回复', '回复楼主', '本版积分规则', '快速回复', '返回列表', '立即注册', '高级模式',
  ],
}
