import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
function wilson(k,n,z=1.959963984540054){if(n===0)return[NaN,NaN];let p=k/n,denom=1+z*z/n,centre=(p+z*z/(2*n))/denom,half=z*Math.sqrt(p*(1-p)/n+z*z/(4*n*n))/denom;return[Math.max(0,centre-half),Math.min(1,centre+half)]}export{wilson};
