#include "GeneratorVocabulary.h"

namespace tandem::generator {

namespace {

QStringList split(const char* utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

Vocabulary Vocabulary::make(bool chinese)
{
    Vocabulary v;
    v.chinese = chinese;
    if (chinese) {
        v.surnames = split("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 "
                           "许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 "
                           "卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 方 白 邹 孟 熊 秦 邱 江 尹 薛 段 "
                           "雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 武 戴 莫 孔 汤");
        v.givenNames = split("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀英 霞 平 刚 桂英 华 "
                             "玉兰 萍 红 建国 志强 文 海燕 鹏 飞 宇 浩然 晨 晓婷 雪梅 琳 佳怡 欣 俊峰 斌 "
                             "辉 亮 成 国栋 晓东 丹 蕾 立新 建华 春梅 子豪 思远 嘉怡");
        v.cities = split("上海 北京 广州 深圳 杭州 苏州 南京 成都 重庆 武汉 西安 天津 宁波 无锡 青岛 济南 "
                         "郑州 长沙 合肥 福州 厦门 东莞 佛山 昆明 沈阳 大连 哈尔滨 石家庄 南昌 温州");
        v.regions = split("华东 华北 华南 西南 华中 西北 东北");
        v.companyWords = split("恒达 华兴 永盛 博远 瑞丰 金诚 鑫源 宏图 天成 东方 新锐 德润 中环 安泰 "
                               "顺发 海川 隆昌 同创 启明 凯旋 汇通 联合 精工 远大");
        v.industries = split("机电 泵业 设备 水务 工程 贸易 科技 物业 制冷 五金 暖通 环保 供水 建设");
        v.companySuffixes = split("有限公司 股份有限公司 贸易商行 工程有限公司");
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
    } else {
        v.surnames
            = split("Smith Johnson Williams Brown Jones Garcia Miller Davis Wilson Anderson Taylor "
                    "Thomas Moore Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young "
                    "Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts "
                    "Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook "
                    "Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson "
                    "Wood Watson Brooks Bennett Gray Hughes Price Sanders Myers Long Ross Foster");
        v.givenNames
            = split("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William "
                    "Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Lisa Matthew "
                    "Nancy Anthony Sandra Mark Ashley Paul Emily Steven Donna Andrew Michelle Kevin "
                    "Carol Brian Amanda George Melissa Edward Deborah Ronald Stephanie Timothy Rebecca "
                    "Jason Laura Jeffrey Helen Ryan Sharon Jacob Cynthia Gary Kathleen");
        v.cities = split("London Manchester Birmingham Leeds Glasgow Bristol Dublin Paris Lyon Hamburg "
                         "Munich Berlin Rotterdam Antwerp Milan Madrid Boston Chicago Denver Seattle "
                         "Austin Atlanta Toronto Vancouver");
        v.regions = split("North South East West Central");
        v.companyWords = split("Northwind Bluewater Summit Keystone Riverside Pioneer Atlas Meridian "
                               "Harbor Granite Evergreen Silverline Redwood Beacon Crescent Falcon "
                               "Horizon Liberty Oakridge Pinnacle Sterling Trident Vanguard Westfield");
        v.industries = split("Pumps Engineering Water Building Services Supply Controls Plumbing HVAC "
                             "Utilities Facilities Industrial Hydraulics");
        v.companySuffixes = split("Ltd Inc LLC GmbH Group Co");
        v.departmentNames
            = split("Management Purchasing Production Quality Logistics Marketing Sales Customer-Service "
                    "Finance Human-Resources Research Maintenance Warehouse IT");
        v.titlesTop = split("Chief-Executive Vice-President Director");
        v.titlesMiddle = split("Department-Head Manager Team-Lead");
        v.titlesFront = split(
            "Specialist Engineer Sales-Representative Inspector Operator Clerk Planner Service-Agent");
        v.requestVerbs = split("Provide Review Update Confirm Schedule Handle Reconcile Complete");
        v.requestObjects = split("incoming-inspection-report production-plan shipping-note quotation "
                                 "training-material equipment-repair purchase-requisition quality-fix "
                                 "monthly-report customer-complaint spare-parts-list samples");
        v.summaries
            = split("Site-visit:-new-project-needs Call-about-the-quotation Sent-the-product-catalogue "
                    "Framework-agreement-talks After-sales-issue Season's-greetings Technical-workshop");
        auto unhyphen = [](QStringList& list) {
            for (QString& word : list) {
                word.replace(QLatin1Char('-'), QLatin1Char(' '));
            }
        };
        unhyphen(v.departmentNames);
        unhyphen(v.titlesTop);
        unhyphen(v.titlesMiddle);
        unhyphen(v.titlesFront);
        unhyphen(v.requestObjects);
        unhyphen(v.summaries);
    }
    return v;
}

} // namespace tandem::generator
