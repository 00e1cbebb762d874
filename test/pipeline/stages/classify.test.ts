import { describe, expect, it } from 'vitest';
import { classifyArticle } from '../../../src/pipeline/stages/classify';
import { findTerms } from '../../../src/pipeline/stages/term-scan';

describe('classifyArticle', () => {
  it('tags an industry named in the headline', () => {
    expect(classifyArticle('国产汽车芯片认证审查技术体系实现突破', '会议在京召开。').industries).toEqual(['chips', 'vehicles']);
  });

  it('tags an industry covered repeatedly', () => {
    const body = '低空经济是新质生产力的典型代表。要推动低空经济发展，建设通用机场，拓展无人机物流航线。';
    expect(classifyArticle(null, body).industries).toContain('low-altitude-economy');
  });

  it('does not tag an industry that appears once in a list of examples', () => {
    const body = '超六成小巨人企业深耕工业基础领域，量子科技、人工智能、低空经济等未来产业领域小巨人企业近6000家。专精特新中小企业超14万家。';
    const c = classifyArticle('我国专精特新中小企业展现硬实力', body);
    expect(c.industries).toEqual([]);
    expect(c.onTopic).toBe(true);
    expect(c.topics).toContain('srdi-cultivation');
  });

  it('marks unrelated news off topic, with no topics', () => {
    for (const [title, body] of [
      ['两部门发文加强社会工作专业实习实践基地建设', '支持推动建设高校与乡镇、村社区合作的社会工作专业实习实践基地，全面提升学生的实践能力和就业能力。'],
      ['报告显示美高校国际学生今年秋季入学人数减少17%', '受收紧国际学生签证等政策影响，美国高校新入学国际学生人数减少17%。'],
      ['限购再松绑！某市发布新政：社保满1年可购房', '五部门联合印发关于进一步优化调整本市房地产政策的通知，公积金最高贷324万元。'],
    ]) {
      expect(classifyArticle(title!, body!), title).toEqual({ industries: [], topics: [], onTopic: false });
    }
  });

  it('gives every on-topic article at least one topic', () => {
    expect(classifyArticle('某县召开工业经济提质增量行动动员会', '会议部署工业经济提质增量行动，推动重点项目建设。').topics.length).toBeGreaterThan(0);
  });
});

describe('findTerms', () => {
  it('matches the longest term and marks enumerations', () => {
    expect(findTerms('人形机器人走进家庭', ['机器人', '人形机器人'])).toEqual([false]);
    expect(findTerms('聚焦半导体、新型显示等重点产业', ['半导体'])).toEqual([true]);
    expect(findTerms('AI技术的突破，不是EAI', ['AI'])).toEqual([false]);
  });

  it('never tags an industry from one anecdote, however many times the anecdote names it', () => {
    const policy = '各地持续完善中小企业服务体系，推动专精特新企业梯度培育，强化融资和人才支持。'.repeat(3);
    const anecdote = '一家人形机器人企业负责人介绍，公司的人形机器人已进入工厂，人形机器人订单持续增长。';
    const body = [policy, policy, policy, anecdote, policy, policy].join('\n');
    expect(classifyArticle('让专精特新企业成为发展生力军', body).industries).toEqual([]);
    const covered = [policy, anecdote, policy, policy, anecdote, policy].join('\n');
    expect(classifyArticle('让专精特新企业成为发展生力军', covered).industries).toEqual(['humanoid-robots']);
  });
});

