#include "GeneratorVocabulary.h"

namespace tandem::generator {

namespace {

QStringList split(const char* utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QList<int> numbers(std::initializer_list<int> values)
{
    return QList<int>(values);
}

void unhyphen(QStringList& list)
{
    for (QString& word : list) {
        word.replace(QLatin1Char('-'), QLatin1Char(' '));
    }
}

Vocabulary chinese()
{
    Vocabulary v;
    v.chinese = true;
    v.surnames = split("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 "
                       "许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 "
                       "卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 方 白 邹 孟 熊 秦 邱 江 尹 薛 段 "
                       "雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 武 戴 莫 孔 汤");
    // Per ten thousand people, after the 2020 census: the thirty commonest surnames carry about seven in
    // ten Chinese; the rest of the list shares most of the remainder.
    v.surnameWeights = numbers({ 712, 700, 680, 540, 450, 320, 220, 200, 190, 180, 150, 150, 140, 130, 130,
        120, 120, 110, 110, 110, 100, 100, 80, 80, 80, 70, 70, 70, 70, 70 });
    while (v.surnameWeights.size() < v.surnames.size()) {
        v.surnameWeights << 40;
    }
    v.givenNames = split("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀英 霞 平 刚 桂英 华 "
                         "玉兰 萍 红 建国 志强 文 海燕 鹏 飞 宇 浩然 晨 晓婷 雪梅 琳 佳怡 欣 俊峰 斌 "
                         "辉 亮 成 国栋 晓东 丹 蕾 立新 建华 春梅 子豪 思远 嘉怡 雨桐 梓涵 一诺 欣怡");
    v.regions = split("华东 华北 华南 西南 华中 西北 东北");
    v.cities = split("上海 北京 广州 深圳 杭州 苏州 南京 成都 重庆 武汉 西安 天津 宁波 无锡 青岛 济南 "
                     "郑州 长沙 合肥 福州 厦门 东莞 佛山 昆明 沈阳 大连 哈尔滨 石家庄 南昌 温州");
    v.cityRegions = numbers(
        { 0, 1, 2, 2, 0, 0, 0, 3, 3, 4, 5, 1, 0, 0, 0, 0, 4, 4, 0, 0, 0, 2, 2, 3, 6, 6, 6, 1, 0, 0 });
    v.companyWords = split("宏达 恒达 华兴 永盛 博远 瑞丰 金诚 鑫源 宏图 天成 东方 新锐 德润 中环 安泰 "
                           "顺发 海川 隆昌 同创 启明 凯旋 汇通 联合 精工 远大");
    v.industries = split("机电设备 机电 泵业 设备 水务 工程 贸易 科技 物业 制冷 五金 暖通 环保 供水 建设");
    v.companySuffixes = split("有限公司 有限公司 股份有限公司 贸易商行 工程有限公司");
    v.departmentNames = split("总经理办公室 采购部 生产部 质量部 物流部 市场部 销售部 客户服务部 "
                              "财务部 人力资源部 研发部 设备部 仓储部 信息部");
    v.titlesTop = split("总经理 副总经理 总监");
    v.titlesMiddle = split("部门经理 主管 副经理");
    v.titlesFront = split("专员 工程师 销售代表 检验员 操作工 文员 计划员 客服代表");
    v.requestVerbs = split("提供 审核 更新 确认 安排 处理 核对 补充");
    v.requestObjects = split("来料检验报告 生产计划 出货单 报价单 培训资料 设备维修 采购申请 "
                             "质量整改 月度报表 客户投诉 备件清单 样品");
    v.summaries = split("上门拜访，了解新项目需求 电话沟通报价 发送产品目录 洽谈年度框架协议 "
                        "处理售后问题 节日问候 技术交流会");
    v.processAToB = QStringLiteral("合格的半成品与单据");
    v.processBToA = QStringLiteral("需求预测与质量反馈");
    v.functionAToB = QStringLiteral("数据与专业支持");
    v.functionBToA = QStringLiteral("及时准确的申请");
    v.rankAToB = QStringLiteral("明确目标、资源与培训");
    v.rankBToA = QStringLiteral("按时完成任务并汇报");
    v.nextStep = QStringLiteral("跟进报价");
    v.purchaseDescription = QStringLiteral("离心泵及配件");
    v.delayReason = QStringLiteral("等待来料");
    v.correctiveAction = QStringLiteral("与供应商确认交期，每日跟进");
    v.waitingNote = QStringLiteral("等待对方补充资料");
    v.rejectedNote = QStringLiteral("不属于本部门职责，请转交相关部门");
    v.cancelledNote = QStringLiteral("需求已取消");
    v.currency = QStringLiteral("CNY");
    v.requesterFeedback
        = split("完全没有解决问题 拖延严重，需要改进 基本满足要求 处理及时，谢谢 非常满意，超出预期");
    v.providerFeedback
        = split("资料严重不全 资料不全，反复沟通 资料基本齐全 资料齐全，配合顺畅 需求清楚，配合很好");
    v.teamName = QStringLiteral("%1%2组");
    return v;
}

Vocabulary english()
{
    Vocabulary v;
    v.surnames = split("Smith Johnson Williams Brown Jones Garcia Miller Davis Wilson Anderson Taylor "
                       "Thomas Moore Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young "
                       "Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts "
                       "Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook "
                       "Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson "
                       "Wood Watson Brooks Bennett Gray Hughes Price Sanders Myers Long Ross Foster");
    // English surnames are spread more evenly than Chinese ones: the commonest is about 1% of people.
    for (int rank = 0; rank < v.surnames.size(); ++rank) {
        v.surnameWeights << 1000 / (rank + 10);
    }
    v.givenNames
        = split("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William "
                "Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Lisa Matthew "
                "Nancy Anthony Sandra Mark Ashley Paul Emily Steven Donna Andrew Michelle Kevin "
                "Carol Brian Amanda George Melissa Edward Deborah Ronald Stephanie Timothy Rebecca "
                "Jason Laura Jeffrey Helen Ryan Sharon Jacob Cynthia Gary Kathleen");
    v.regions = split("UK-and-Ireland Europe North-America");
    v.cities = split("London Manchester Birmingham Leeds Glasgow Bristol Dublin Paris Lyon Hamburg "
                     "Munich Berlin Rotterdam Antwerp Milan Madrid Boston Chicago Denver Seattle "
                     "Austin Atlanta Toronto Vancouver");
    v.cityRegions = numbers({ 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2 });
    v.companyWords = split("Northwind Bluewater Summit Keystone Riverside Pioneer Atlas Meridian "
                           "Harbor Granite Evergreen Silverline Redwood Beacon Crescent Falcon "
                           "Horizon Liberty Oakridge Pinnacle Sterling Trident Vanguard Westfield");
    v.industries = split("Traders Pumps Engineering Water Building-Services Supply Controls Plumbing HVAC "
                         "Utilities Facilities Industrial Hydraulics");
    v.companySuffixes = split("Ltd Ltd Inc LLC GmbH Group Co");
    v.departmentNames = split("Management Purchasing Production Quality Logistics Marketing Sales "
                              "Customer-Service Finance Human-Resources Research Maintenance Warehouse IT");
    v.titlesTop = split("Chief-Executive Vice-President Director");
    v.titlesMiddle = split("Department-Head Manager Team-Lead");
    v.titlesFront
        = split("Specialist Engineer Sales-Representative Inspector Operator Clerk Planner Service-Agent");
    v.requestVerbs = split("Provide Review Update Confirm Schedule Handle Reconcile Complete");
    v.requestObjects = split("incoming-inspection-report production-plan shipping-note quotation "
                             "training-material equipment-repair purchase-requisition quality-fix "
                             "monthly-report customer-complaint spare-parts-list samples");
    v.summaries = split("Site-visit:-new-project-needs Call-about-the-quotation Sent-the-product-catalogue "
                        "Framework-agreement-talks After-sales-issue Season's-greetings Technical-workshop");
    v.requesterFeedback
        = split("Did-not-solve-the-problem Far-too-slow Good-enough Quick-and-helpful,-thanks "
                "Excellent,-more-than-we-asked-for");
    v.providerFeedback = split("Most-of-what-we-needed-was-missing Incomplete,-much-back-and-forth "
                               "Mostly-complete Complete-and-easy-to-work-with Clear-and-well-prepared");
    for (QStringList* list : { &v.regions, &v.industries, &v.departmentNames, &v.titlesTop, &v.titlesMiddle,
             &v.titlesFront, &v.requestObjects, &v.summaries, &v.requesterFeedback, &v.providerFeedback }) {
        unhyphen(*list);
    }
    v.processAToB = QStringLiteral("Finished work and its paperwork");
    v.processBToA = QStringLiteral("Forecasts and quality feedback");
    v.functionAToB = QStringLiteral("Data and expert support");
    v.functionBToA = QStringLiteral("Timely, complete requests");
    v.rankAToB = QStringLiteral("Clear goals, resources and training");
    v.rankBToA = QStringLiteral("Work done on time, with a report");
    v.nextStep = QStringLiteral("Follow up on the quotation");
    v.purchaseDescription = QStringLiteral("Centrifugal pumps and spares");
    v.delayReason = QStringLiteral("Waiting for materials");
    v.correctiveAction = QStringLiteral("Confirm delivery dates with the supplier and chase daily");
    v.waitingNote = QStringLiteral("Waiting for the missing documents");
    v.rejectedNote = QStringLiteral("Not ours to do; please ask the right department");
    v.cancelledNote = QStringLiteral("No longer needed");
    v.currency = QStringLiteral("USD");
    v.teamName = QStringLiteral("%1 Team %2");
    return v;
}

} // namespace

Vocabulary Vocabulary::make(bool chinese)
{
    return chinese ? tandem::generator::chinese() : english();
}

} // namespace tandem::generator
