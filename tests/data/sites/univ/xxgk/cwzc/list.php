<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>财务资产及收费信息-测试职业技术学院信息公开网</title></head>
<body>
<div class="header"><a href="/index.html"><img src="/images/logo.png" alt=""></a>
<ul class="nav">
<li><a href="/index.html">学校首页</a></li>
<li><a href="/about.htm">学校概况</a></li>
<li><a href="/news/list.htm">新闻中心</a></li>
<li><a href="/xxgk/">信息公开</a></li>
<li><a href="/zs/index.html">招生就业</a></li>
</ul></div>
<div class="main">
<div class="sidebar"><h3>信息公开目录</h3><ul class="menu">
<li><a href="/xxgk/jbxx/list.htm">基本信息</a></li>
<li><a href="/xxgk/zsks/index.html">招生考试信息</a></li>
<li><a href="/xxgk/cwzc/list.php">财务资产及收费信息</a></li>
<li><a href="/xxgk/rsxx/list.htm">人事师资信息</a></li>
<li><a href="/xxgk/xxdt/list.htm">学校动态</a></li>
<li><a href="/xxgk/tzgg/list.htm">通知公告</a></li>
<li><a href="/xxgk/ndbg/index.html">信息公开年度报告</a></li>
<li><a href="/xxgk/zxgk/list.htm">专项公开</a></li>
<li><a href="/xxgk/neibu/list.htm">内部文件</a></li>
<li><a href="/xxgk/xyjs/list.htm">校园建设</a></li>
<li><a href="/xxgk/big/list.htm">图片新闻</a></li>
<li><a href="/xxgk/slow/list.htm">视频公开</a></li>
</ul></div>
<div class="content"><div class="crumb">当前位置：<a href="/xxgk/">信息公开</a> &gt; 财务资产及收费信息</div>
<div class="newslist">
<p><span class="date">[2022-05-20]</span> <a href="show.php?id=31">2022年部门预算公开</a></p>
<p><span class="date">[2022-08-25]</span> <a href="show.php?id=32">2021年部门决算</a></p>
<p><span class="date">[2021-09-01]</span> <a href="show.php?id=33">学生收费项目及标准公示</a></p>
</div>
<div class="page">共2页 <a href="list.php?page=2">下一页</a> <a href="list.php?page=2">尾页</a></div>
</div></div>
<div class="footer"><p>版权所有 测试职业技术学院　地址：湖南省株洲市天元区 邮编：412000</p></div>
</body></html>
