import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{JOB_TOKEN_NOTE,UserError,__mlshipStart,defaultBranch,openGitHubSession,openOrUpdatePullRequest,promote,pushBranch,runAction}from"./chunk-73AD166C.js";import{info,setOutput}from"./chunk-93D6B004.js";import"./chunk-27B9FEA1.js";function run(){return runAction(promote.spec,promote.run,async(result,settings)=>{let{plan,commit,dir}=result.extra,session=await openGitHubSession(settings["github-token"],"the promotion's pull request");if(!session)throw new UserError("promote needs a GitHub token and repository to open its pull request",{input:"github-token"});await pushBranch(dir,commit,plan.branch),info(`pushed ${plan.branch} (${commit.slice(0,12)})`);let link=session.context.runUrl?`

[Promoted by this run](${session.context.runUrl})`:"",pr=await openOrUpdatePullRequest(session,{head:plan.branch,base:defaultBranch(session),title:plan.title,body:`${plan.body}
${JOB_TOKEN_NOTE}${link}
`});setOutput("pull-request",pr.url),info(`pull request #${pr.number} ${pr.action}: ${pr.url}`)})}export{__mlshipStart,run};
